//! Runs the bot: `DISCORD_TOKEN=... cargo run` (the token is read from the environment only).

use botperms::BotToken;
use botperms_serenity_bot::{Command, ModBot, admit, can_announce_in};
use serenity::all::{
    Client, CommandOptionType, Context, CreateCommand, CreateCommandOption, CreateEmbed, CreateInteractionResponse,
    CreateInteractionResponseMessage, CreateMessage, EventHandler, GatewayIntents, Guild, Interaction, Ready,
    ResolvedValue, UserId,
};

struct Handler {
    bot_user_id: u64,
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        println!("{} is connected; invite it with {}", ready.user.name, ModBot::INVITE_URL);
        let commands = vec![
            CreateCommand::new(Command::Ping.name()).description("Answers pong"),
            CreateCommand::new(Command::Ban.name())
                .description("Bans a member")
                .add_option(CreateCommandOption::new(CommandOptionType::User, "user", "Who to ban").required(true)),
            CreateCommand::new(Command::Announce.name()).description("Posts an announcement").add_option(
                CreateCommandOption::new(CommandOptionType::String, "text", "What to announce").required(true),
            ),
        ];
        if let Err(error) = serenity::all::Command::set_global_commands(&ctx.http, commands).await {
            eprintln!("could not register the commands: {error}");
        }
    }

    async fn guild_create(&self, _ctx: Context, guild: Guild, _is_new: Option<bool>) {
        // The guild's roles and overwrites as the gateway sent them: say where `/announce` cannot post.
        let Some(me) = guild.members.get(&UserId::new(self.bot_user_id)) else { return };
        let (calculator_guild, me) = (botperms::Guild::from(&guild), botperms::Member::from(me));
        for channel in guild.channels.values() {
            if let Err(missing) = can_announce_in(&calculator_guild, &me, channel) {
                println!("{} #{}: /announce would fail: {missing}", guild.name, channel.name);
            }
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let Interaction::Command(interaction) = interaction else { return };
        let (content, ephemeral) = match admit(&interaction) {
            Err(reply) => (reply, true),
            Ok(command) => (run(&ctx, &interaction, command).await, false),
        };
        let message = CreateInteractionResponseMessage::new().content(content).ephemeral(ephemeral);
        if let Err(error) = interaction.create_response(&ctx.http, CreateInteractionResponse::Message(message)).await {
            eprintln!("could not answer /{}: {error}", interaction.data.name);
        }
    }
}

async fn run(ctx: &Context, interaction: &serenity::all::CommandInteraction, command: Command) -> String {
    let options = interaction.data.options();
    match command {
        Command::Ping => "pong".to_owned(),
        Command::Ban => {
            let (Some(guild_id), Some(ResolvedValue::User(user, _))) =
                (interaction.guild_id, options.first().map(|option| &option.value))
            else {
                return "`/ban` works in a server, on a member".to_owned();
            };
            match guild_id.ban_with_reason(&ctx.http, user.id, 0, "/ban").await {
                Ok(()) => format!("banned {}", user.name),
                Err(error) => format!("could not ban {}: {error}", user.name),
            }
        }
        Command::Announce => {
            let Some(ResolvedValue::String(text)) = options.first().map(|option| &option.value) else {
                return "`/announce` needs a text".to_owned();
            };
            let embed = CreateEmbed::new().title("Announcement").description(*text);
            match interaction.channel_id.send_message(&ctx.http, CreateMessage::new().embed(embed)).await {
                Ok(_) => "announced".to_owned(),
                Err(error) => format!("could not announce: {error}"),
            }
        }
    }
}

#[tokio::main]
async fn main() {
    // Errors name the variable, never the value.
    let token = match BotToken::from_env_var("DISCORD_TOKEN") {
        Ok(token) => token,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    let handler = Handler { bot_user_id: token.bot_user_id() };
    let client = Client::builder(token.expose_secret(), GatewayIntents::GUILDS).event_handler(handler).await;
    let result = match client {
        Ok(mut client) => client.start().await,
        Err(error) => Err(error),
    };
    if let Err(error) = result {
        eprintln!("the bot stopped: {error}");
        std::process::exit(1);
    }
}
