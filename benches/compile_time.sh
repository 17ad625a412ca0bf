#!/usr/bin/env bash
# Compile-time cost of the botperms macros.
#
# Generates two crates in a scratch directory: `checked` defines 500 constants with the macros
# (200 `invite_url!`, 200 `permissions!`, 100 `#[derive(BotPermissions)]`), `handwritten` defines
# the same 500 constants as literals and hand-written impls. Both depend on this repository's
# `botperms`, so the only difference between them is the macros. A third crate, `same`, asserts in
# const evaluation that both define the same values, so the comparison is between equal programs.
#
# Then it times `cargo check` of each crate alone, interleaved, with and without incremental
# compilation, in wall and CPU time, and prints a Markdown snippet for BENCHMARKS.md. Run by hand,
# never from `cargo test` (under a minute on 2 cores once the dependencies are downloaded, half
# of it the cold build of the dependencies):
#
#     bash benches/compile_time.sh
#
# Environment: RUNS (timed checks per crate and mode, default 11, at least 5), BOTPERMS (the
# checkout to measure, default this repository), KEEP=1 to keep the
# scratch directory for inspection; INVITES, SETS, BOT_GROUPS (default 200, 200, 25) for another
# mix, e.g. the cost of `invite_url!` alone:
#
#     INVITES=300 SETS=0 BOT_GROUPS=0 bash benches/compile_time.sh
set -euo pipefail

readonly RUNS=${RUNS:-11}
# 4 derives per group: 100 derives, 500 macro uses in all by default.
readonly INVITES=${INVITES:-200} SETS=${SETS:-200} BOT_GROUPS=${BOT_GROUPS:-25}
readonly USES=$((INVITES + SETS + 4 * BOT_GROUPS))
for count in "$INVITES" "$SETS" "$BOT_GROUPS"; do
    if ! [[ $count =~ ^[0-9]+$ ]]; then
        echo "INVITES, SETS and BOT_GROUPS must be numbers" >&2
        exit 2
    fi
done
if ((USES == 0)); then
    echo "nothing to measure: INVITES, SETS and BOT_GROUPS are all 0" >&2
    exit 2
fi

if ! [[ $RUNS =~ ^[0-9]+$ ]] || ((RUNS < 5)); then
    echo "RUNS must be a number of at least 5 (a median of fewer runs says little on a busy machine)" >&2
    exit 2
fi

# BOTPERMS: another botperms checkout to measure (another commit's, with this script).
repo=$(cd -- "${BOTPERMS:-$(dirname -- "${BASH_SOURCE[0]}")/..}" && pwd -P)
readonly repo
if [[ ! -f $repo/src/lib.rs || ! -f $repo/core/src/data/generated.rs ]]; then
    echo "cannot find the botperms repository above ${BASH_SOURCE[0]}" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/botperms-compile-time.XXXXXX")
scratch=$(cd -- "$scratch" && pwd -P)
readonly scratch
cleanup() {
    if [[ ${KEEP:-0} == 1 ]]; then
        echo "kept $scratch" >&2
    else
        rm -rf -- "$scratch"
    fi
}
trap cleanup EXIT
case $scratch/ in
"$repo"/*)
    # Generated crates inside the repository would become part of its workspace and its diffs.
    echo "the scratch directory must be outside the repository; set TMPDIR elsewhere" >&2
    exit 1
    ;;
*) ;;
esac

log() { printf '%s\n' "$*" >&2; }

# --- inputs -------------------------------------------------------------------------------------

# Bit numbers from the checked-in generated table, so the hand-written constants follow the
# repository's table rather than a copy of it. `same` catches any disagreement anyway.
declare -A BIT
while read -r name bit; do
    BIT[$name]=$bit
done < <(sed -nE 's/^[[:space:]]*const ([A-Z0-9_]+) = 1 << ([0-9]+);$/\1 \2/p' "$repo/core/src/data/generated.rs")

# Flags a real bot asks for. Every generated set passes every deny and warn rule: it always has
# VIEW_CHANNEL, SEND_MESSAGES and SEND_MESSAGES_IN_THREADS, voice flags come with CONNECT, and
# ADMINISTRATOR, STREAM, VIEW_GUILD_INSIGHTS and REQUEST_TO_SPEAK (rules `administrator`,
# `rejected_by_invites`) never appear, nor MANAGE_MESSAGES (`missing_pin_messages` asks for
# PIN_MESSAGES beside it). A failing input would measure the error path instead.
readonly BASE_FLAGS=(VIEW_CHANNEL SEND_MESSAGES SEND_MESSAGES_IN_THREADS)
readonly MESSAGE_FLAGS=(ADD_REACTIONS EMBED_LINKS ATTACH_FILES READ_MESSAGE_HISTORY USE_EXTERNAL_EMOJIS
    USE_EXTERNAL_STICKERS MENTION_EVERYONE SEND_TTS_MESSAGES SEND_POLLS CREATE_PUBLIC_THREADS
    CREATE_PRIVATE_THREADS SEND_VOICE_MESSAGES USE_APPLICATION_COMMANDS USE_EXTERNAL_APPS)
readonly VOICE_FLAGS=(SPEAK USE_VAD PRIORITY_SPEAKER MUTE_MEMBERS DEAFEN_MEMBERS MOVE_MEMBERS
    USE_SOUNDBOARD USE_EXTERNAL_SOUNDS)
readonly GUILD_FLAGS=(KICK_MEMBERS BAN_MEMBERS MANAGE_ROLES MANAGE_CHANNELS MODERATE_MEMBERS
    MANAGE_NICKNAMES CHANGE_NICKNAME VIEW_AUDIT_LOG MANAGE_WEBHOOKS MANAGE_EVENTS CREATE_EVENTS
    MANAGE_THREADS CREATE_INSTANT_INVITE)
for name in "${BASE_FLAGS[@]}" CONNECT "${MESSAGE_FLAGS[@]}" "${VOICE_FLAGS[@]}" "${GUILD_FLAGS[@]}"; do
    if [[ -z ${BIT[$name]:-} ]]; then
        echo "flag $name is not in core/src/data/generated.rs; update the flag lists of this script" >&2
        exit 1
    fi
done

# A fixed linear congruential generator rather than $RANDOM: every run generates the same inputs,
# so figures from different commits or machines measure the same code.
rng=1157730590
next_random() { # next_random N: REPLY in [0, N)
    rng=$(((rng * 1103515245 + 12345) % 2147483648))
    REPLY=$(((rng >> 8) % $1))
}

# A plausible 18-digit id: far above 1 << 22 and below i64::MAX, the range `invalid_snowflake` takes.
next_snowflake() {
    local high low
    next_random 8000000
    high=$REPLY
    next_random 1000000
    low=$REPLY
    REPLY=$((200000000000000000 + high * 10000000000 + low * 1000 + high % 997))
}

# The flag list being built, and every flag of the current struct, which must not repeat across
# its declarations (rule `duplicate`).
list=()
declare -A taken=()
new_struct() { taken=(); }
new_list() { list=(); }
take() {
    list+=("$@")
    local name
    for name; do taken[$name]=1; done
}
# take_some COUNT FLAG...: COUNT flags of the pool not taken yet, from a random start.
take_some() {
    local count=$1 index name
    shift
    local pool=("$@")
    next_random "${#pool[@]}"
    for ((index = REPLY; count > 0 && index < REPLY + ${#pool[@]}; index++)); do
        name=${pool[index % ${#pool[@]}]}
        if [[ -z ${taken[$name]:-} ]]; then
            take "$name"
            count=$((count - 1))
        fi
    done
}
# A bot's whole set, valid on its own: the base flags, some message, voice and guild flags.
take_bot_set() {
    take "${BASE_FLAGS[@]}"
    next_random 5
    take_some "$REPLY" "${MESSAGE_FLAGS[@]}"
    next_random 2
    if ((REPLY)); then
        take CONNECT
        next_random 3
        take_some $((REPLY + 1)) "${VOICE_FLAGS[@]}"
    fi
    next_random 4
    take_some "$REPLY" "${GUILD_FLAGS[@]}"
}
shuffle_list() { # Fisher-Yates: the order a flag is written in varies too
    local index other swap
    for ((index = ${#list[@]} - 1; index > 0; index--)); do
        next_random $((index + 1))
        other=$REPLY
        swap=${list[index]}
        list[index]=${list[other]}
        list[other]=$swap
    done
}
list_bits() {
    local name bits=0
    for name in "${list[@]}"; do bits=$((bits | 1 << BIT[$name])); done
    REPLY=$bits
}
joined() { # joined SEPARATOR: the list joined
    local separator=$1 text=${list[0]} name
    for name in "${list[@]:1}"; do text+=$separator$name; done
    REPLY=$text
}

readonly AUTHORIZE=https://discord.com/oauth2/authorize

# --- the crates ---------------------------------------------------------------------------------

mkdir -p "$scratch"/{checked,handwritten,same}/src
cat >"$scratch/Cargo.toml" <<'TOML'
[workspace]
members = ["checked", "handwritten", "same"]
resolver = "3"
TOML
# The repository's lock file pins the dependencies to the versions the project is built with.
cp "$repo/Cargo.lock" "$scratch/Cargo.lock"
for crate in checked handwritten; do
    cat >"$scratch/$crate/Cargo.toml" <<TOML
[package]
name = "$crate"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
botperms = { path = "$repo" }
TOML
done
cat >"$scratch/same/Cargo.toml" <<TOML
[package]
name = "same"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
botperms = { path = "$repo" }
checked = { path = "../checked" }
handwritten = { path = "../handwritten" }
TOML

exec 3>"$scratch/checked/src/lib.rs" 4>"$scratch/handwritten/src/lib.rs" 5>"$scratch/same/src/lib.rs"
# deny(warnings): a macro warning (a rule at `warn`) would mean an input that is not clean.
# allow(unused_imports): a mix without sets or derives leaves some of the names unused.
printf '%s\n' "//! $USES constants defined with the botperms macros." '#![deny(warnings)]' '#![allow(unused_imports)]' \
    'use botperms::{BotPermissions, Permissions, invite_url, permissions};' >&3
printf '%s\n' "//! The same $USES constants, written by hand." '#![deny(warnings)]' '#![allow(unused_imports)]' \
    'use botperms::{BotPermissions, Permissions, Reason, Reasons, Scope, Scopes};' >&4
cat >&5 <<'RUST'
//! Both crates define the same values: checked in const evaluation, so `cargo check` proves it.
#![deny(warnings)]
#![allow(unused_imports, dead_code)]
use botperms::{BotPermissions, Reasons, Scope, Scopes};

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

const fn scopes_eq(a: Scopes, b: Scopes) -> bool {
    let mut index = 0;
    while index < Scope::ALL.len() {
        if a.contains(Scope::ALL[index]) != b.contains(Scope::ALL[index]) {
            return false;
        }
        index += 1;
    }
    true
}

const fn reasons_eq(a: &Reasons, b: &Reasons) -> bool {
    if a.own.len() != b.own.len() || a.nested.len() != b.nested.len() {
        return false;
    }
    let mut index = 0;
    while index < a.own.len() {
        let (x, y) = (&a.own[index], &b.own[index]);
        if x.permissions.bits() != y.permissions.bits()
            || !str_eq(x.reason, y.reason)
            || !str_eq(x.declared_in, y.declared_in)
        {
            return false;
        }
        index += 1;
    }
    let mut index = 0;
    while index < a.nested.len() {
        if !reasons_eq(a.nested[index], b.nested[index]) {
            return false;
        }
        index += 1;
    }
    true
}

const fn id_eq(a: Option<u64>, b: Option<u64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        (None, None) => true,
        _ => false,
    }
}

macro_rules! same_text {
    ($($name:ident)*) => {$(
        const _: () = assert!(str_eq(checked::$name, handwritten::$name), stringify!($name));
    )*};
}
macro_rules! same_set {
    ($($name:ident)*) => {$(
        const _: () = assert!(checked::$name.bits() == handwritten::$name.bits(), stringify!($name));
    )*};
}
macro_rules! same_module {
    ($($name:ident)*) => {$(
        const _: () = {
            type C = checked::$name;
            type H = handwritten::$name;
            let name = stringify!($name);
            assert!(<C as BotPermissions>::PERMISSIONS.bits() == <H as BotPermissions>::PERMISSIONS.bits(), "{}", name);
            assert!(scopes_eq(<C as BotPermissions>::SCOPES, <H as BotPermissions>::SCOPES), "{}", name);
            assert!(reasons_eq(&<C as BotPermissions>::REASONS, &<H as BotPermissions>::REASONS), "{}", name);
            assert!(id_eq(<C as BotPermissions>::CLIENT_ID, <H as BotPermissions>::CLIENT_ID), "{}", name);
        };
    )*};
}
macro_rules! same_bot {
    ($($name:ident)*) => {$(
        same_module!($name);
        const _: () = assert!(
            str_eq(checked::$name::INVITE_URL, handwritten::$name::INVITE_URL),
            concat!(stringify!($name), "::INVITE_URL"),
        );
    )*};
}
RUST

# invite_url!: ids, scope lists, guild pre-selection and install type vary.
same_invites=()
for ((i = 0; i < INVITES; i++)); do
    printf -v name 'INVITE_%03d' "$i"
    same_invites+=("$name")
    next_snowflake
    client_id=$REPLY
    new_struct
    new_list
    take_bot_set
    shuffle_list
    joined ", "
    flags=$REPLY
    list_bits
    bits=$REPLY
    if ((i % 3 == 0)); then scopes=(bot); else scopes=(bot applications.commands); fi
    extra_args="" tail=""
    if ((i % 4 == 1)); then
        next_snowflake
        extra_args+="    guild_id = $REPLY,"$'\n'
        tail+="&guild_id=$REPLY"
        if ((i % 8 == 1)); then
            extra_args+="    disable_guild_select = true,"$'\n'
            tail+="&disable_guild_select=true"
        fi
    fi
    if ((i % 5 == 2 && ${#scopes[@]} == 2)); then
        extra_args+="    integration_type = guild,"$'\n'
        tail+="&integration_type=0"
    fi
    scope_list=${scopes[*]}
    scope_query=${scope_list// /+}
    printf 'pub const %s: &str = invite_url!(\n    client_id = %s,\n    scopes = [%s],\n    permissions = [%s],\n%s);\n' \
        "$name" "$client_id" "${scope_list// /, }" "$flags" "$extra_args" >&3
    printf 'pub const %s: &str =\n    "%s?client_id=%s&scope=%s&permissions=%s%s";\n' \
        "$name" "$AUTHORIZE" "$client_id" "$scope_query" "$bits" "$tail" >&4
done

# permissions!: the same kind of sets, as `A | B | ..` expressions.
same_sets=()
for ((i = 0; i < SETS; i++)); do
    printf -v name 'SET_%03d' "$i"
    same_sets+=("$name")
    new_struct
    new_list
    take_bot_set
    shuffle_list
    joined " | "
    printf 'pub const %s: Permissions = permissions!(%s);\n' "$name" "$REPLY" >&3
    list_bits
    printf 'pub const %s: Permissions = Permissions::from_bits_retain(%s);\n' "$name" "$REPLY" >&4
done


# #[derive(BotPermissions)]: one struct at a time, its attributes and its hand-written twin
# collected by these functions and written out by `emit_struct`.
declare -A TOTAL_BITS=() # every permission of an emitted type, its modules' included
begin_struct() { # begin_struct NAME
    s_name=$1 s_client_id="" s_scopes=() s_attrs=() s_fields=() s_plain_fields=() s_reasons=()
    s_nested=() s_bits=0
    new_struct
}
bot_attribute() { # bot_attribute SCOPE...: client_id and scopes, as a bot declares them
    next_snowflake
    s_client_id=$REPLY s_scopes=("$@")
    local scope_names=${s_scopes[*]}
    s_attrs+=("#[bot(client_id = $s_client_id, scopes = [${scope_names// /, }])]")
}
declaration() { # declaration DECLARED_IN REASON: the current list as one declaration
    shuffle_list
    joined ", "
    d_flags=$REPLY
    list_bits
    d_bits=$REPLY
    s_bits=$((s_bits | d_bits))
    d_reason="$2 ($s_name)"
    s_reasons+=("            Reason { permissions: Permissions::from_bits_retain($d_bits), reason: \"$d_reason\", declared_in: \"$1\" },")
}
declare_on_struct() { # declare_on_struct REASON
    declaration "$s_name" "$1"
    s_attrs+=("#[bot(permissions = [$d_flags], reason = \"$d_reason\")]")
}
declare_on_field() { # declare_on_field FIELD TYPE REASON
    declaration "$s_name.$1" "$3"
    s_fields+=("    #[bot(permissions = [$d_flags], reason = \"$d_reason\")]")
    plain_field "$1" "$2"
}
nested_field() { # nested_field FIELD TYPE
    s_nested+=("$2")
    s_fields+=("    #[bot(nested)]")
    plain_field "$1" "$2"
}
plain_field() { # plain_field FIELD TYPE
    s_fields+=("    pub $1: $2,")
    s_plain_fields+=("    pub $1: $2,")
}
emit_struct() {
    local total=$s_bits type scope permissions scopes_expr="Scopes::EMPTY" nested_reasons="" query
    permissions="Permissions::from_bits_retain($s_bits)"
    for type in "${s_nested[@]}"; do
        total=$((total | TOTAL_BITS[$type]))
        permissions+=$'\n'"        .union(<$type as BotPermissions>::PERMISSIONS)"
        nested_reasons+="&<$type as BotPermissions>::REASONS, "
    done
    TOTAL_BITS[$s_name]=$total
    for scope in "${s_scopes[@]}"; do
        case $scope in
        bot) scopes_expr+=".with(Scope::Bot)" ;;
        applications.commands) scopes_expr+=".with(Scope::ApplicationsCommands)" ;;
        *) echo "no Scope variant for $scope in this script" >&2 && exit 1 ;;
        esac
    done

    printf '\n#[derive(BotPermissions)]\n' >&3
    printf '%s\n' "${s_attrs[@]}" >&3
    printf 'pub struct %s {\n' "$s_name" >&3
    printf '%s\n' "${s_fields[@]}" >&3
    printf '}\n' >&3

    printf '\npub struct %s {\n' "$s_name" >&4
    printf '%s\n' "${s_plain_fields[@]}" >&4
    printf '}\n\nimpl BotPermissions for %s {\n' "$s_name" >&4
    printf '    const PERMISSIONS: Permissions = %s;\n' "$permissions" >&4
    printf '    const SCOPES: Scopes = %s;\n' "$scopes_expr" >&4
    printf '    const REASONS: Reasons = Reasons {\n        own: &[\n' >&4
    printf '%s\n' "${s_reasons[@]}" >&4
    printf '        ],\n        nested: &[%s],\n    };\n' "${nested_reasons%, }" >&4
    if [[ -n $s_client_id ]]; then
        printf '    const CLIENT_ID: Option<u64> = Some(%s);\n}\n\n' "$s_client_id" >&4
        query=${s_scopes[*]}
        printf 'impl %s {\n    pub const INVITE_URL: &'"'"'static str =\n        "%s?client_id=%s&scope=%s&permissions=%s";\n}\n' \
            "$s_name" "$AUTHORIZE" "$s_client_id" "${query// /+}" "$total" >&4
    else
        printf '}\n' >&4
    fi
}

# 4 derives per group: a voice module, a chat module with a field declaration, a bot composed of
# both (its whole set checked in const evaluation), and a bot without modules.
same_modules=() same_bots=()
for ((g = 0; g < BOT_GROUPS; g++)); do
    printf -v voice 'Voice%03d' "$g"
    printf -v chat 'Chat%03d' "$g"
    printf -v bot 'Bot%03d' "$g"
    printf -v solo 'Solo%03d' "$g"
    same_modules+=("$voice" "$chat")
    same_bots+=("$bot" "$solo")

    # Modules declare only what they add; VIEW_CHANNEL and SEND_MESSAGES come from the bot.
    begin_struct "$voice"
    new_list
    take CONNECT
    next_random 3
    take_some $((REPLY + 1)) "${VOICE_FLAGS[@]}"
    declare_on_struct "play music in voice channels"
    plain_field volume u8
    emit_struct

    begin_struct "$chat"
    new_list
    next_random 3
    take_some $((REPLY + 1)) "${MESSAGE_FLAGS[@]}"
    declare_on_struct "post rich replies"
    new_list
    next_random 2
    take_some $((REPLY + 1)) "${MESSAGE_FLAGS[@]}"
    declare_on_field reactions bool "react to votes and polls"
    plain_field prefix String
    emit_struct

    begin_struct "$bot"
    bot_attribute bot applications.commands
    new_list
    take "${BASE_FLAGS[@]}"
    declare_on_struct "answer slash commands"
    new_list
    next_random 3
    take_some $((REPLY + 1)) "${GUILD_FLAGS[@]}"
    declare_on_field moderation "()" "moderation commands"
    nested_field voice "$voice"
    nested_field chat "$chat"
    plain_field name String
    emit_struct

    begin_struct "$solo"
    if ((g % 3 == 0)); then bot_attribute bot; else bot_attribute bot applications.commands; fi
    new_list
    take "${BASE_FLAGS[@]}"
    next_random 4
    take_some "$REPLY" "${MESSAGE_FLAGS[@]}"
    declare_on_struct "answer commands and post replies"
    new_list
    next_random 3
    take_some $((REPLY + 1)) "${GUILD_FLAGS[@]}"
    declare_on_field moderation "()" "keep spam and raids out"
    if ((g % 2)); then
        new_list
        take CONNECT
        next_random 2
        take_some $((REPLY + 1)) "${VOICE_FLAGS[@]}"
        declare_on_field voice_channel "Option<u64>" "read announcements aloud"
    fi
    emit_struct
done

{
    printf '\nsame_text!(%s);\n' "${same_invites[*]}"
    printf 'same_set!(%s);\n' "${same_sets[*]}"
    printf 'same_module!(%s);\n' "${same_modules[*]}"
    printf 'same_bot!(%s);\n' "${same_bots[*]}"
} >&5
exec 3>&- 4>&- 5>&-

# --- measurements -------------------------------------------------------------------------------

cd "$scratch"
export CARGO_TARGET_DIR=$scratch/target
# A compiler cache would serve the cold build from earlier runs and hide the real cost.
unset RUSTC_WRAPPER CARGO_BUILD_RUSTC_WRAPPER

# timed COMMAND...: runs it with its output in check.log; WALL and CPU (user + sys, cargo and
# rustc together) in milliseconds. CPU time is the steadier figure on a machine others load too.
timed() {
    local timing TIMEFORMAT='%3R %3U %3S'
    # `time` reports on the group's stderr; the command's own output goes to the log.
    if ! timing=$({ time "$@" >"$scratch/check.log" 2>&1; } 2>&1); then
        cat "$scratch/check.log" >&2
        echo "failed: $*" >&2
        exit 1
    fi
    read -r WALL CPU < <(awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$timing")
}

# check CRATE: `cargo check` of the crate alone. Fails when anything else was rebuilt, which
# would time a dependency instead of the crate.
check() {
    timed cargo check -p "$1" --color never
    if [[ $(grep -cE '^ *(Compiling|Checking) ' "$scratch/check.log") != 1 ]]; then
        cat "$scratch/check.log" >&2
        echo "more than $1 was rebuilt during a timed run" >&2
        exit 1
    fi
}

median() { # median VALUE...
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

log "generated $USES macro uses in $scratch"
log "cold check of the dependencies and the hand-written crate..."
timed cargo check -p handwritten
cold_wall=$WALL cold_cpu=$CPU
log "  wall ${cold_wall} ms, CPU ${cold_cpu} ms"
# `same` proves both crates define the same values; deny(warnings) that no input raised a warning.
timed cargo check -p checked
timed cargo check -p same
log "both crates compile and define the same $USES constants"

# Two modes: without incremental compilation (CI, a first build, a changed dependency: the whole
# cost of the crate), and incremental with the source touched but unchanged (the edit loop, where
# the macros run again while much of the rest is reused).
declare -A results=()
for mode in full incremental; do
    if [[ $mode == full ]]; then export CARGO_INCREMENTAL=0; else export CARGO_INCREMENTAL=1; fi
    # Warm-up: whatever the mode switch invalidates is rebuilt here, not in a timed run.
    for crate in checked handwritten; do
        touch "$crate/src/lib.rs"
        timed cargo check -p "$crate"
    done
    declare -A runs=()
    for ((run = 0; run < RUNS; run++)); do
        # Alternate which crate goes first, so drift in the machine's load hits both alike.
        if ((run % 2)); then order=(handwritten checked); else order=(checked handwritten); fi
        for crate in "${order[@]}"; do
            touch "$crate/src/lib.rs"
            check "$crate"
            runs[$crate.wall]+="$WALL " runs[$crate.cpu]+="$CPU "
        done
    done
    for key in "${!runs[@]}"; do
        # shellcheck disable=SC2086 # the runs are a space-separated list of numbers
        results[$mode.$key]=$(median ${runs[$key]})
    done
    # The two checks of a run follow each other, so their ratio sees the same load; the median of the
    # runs' ratios is steadier than the ratio of two medians when the load drifts during the runs.
    for measure in wall cpu; do
        # shellcheck disable=SC2086 # the runs are space-separated lists of numbers
        results[$mode.paired.$measure]=$(median $(paste -d/ <(printf '%s\n' ${runs[checked.$measure]}) \
            <(printf '%s\n' ${runs[handwritten.$measure]}) | awk -F/ '{ printf "%.4f\n", $1 / $2 }'))
    done
    log "$mode, wall: checked ${runs[checked.wall]}ms; hand-written ${runs[handwritten.wall]}ms"
    log "$mode, CPU:  checked ${runs[checked.cpu]}ms; hand-written ${runs[handwritten.cpu]}ms"
    unset runs
done

# --- report -------------------------------------------------------------------------------------

row() { # row MODE MEASURE LABEL
    awk -v c="${results[$1.checked.$2]}" -v h="${results[$1.handwritten.$2]}" -v n="$USES" -v label="$3" \
        -v p="${results[$1.paired.$2]}" \
        'BEGIN { printf "| %s | %.3f s | %.3f s | %.2fx | %.2fx | %.0f µs |\n", label, c / 1000, h / 1000, c / h, p, (c - h) * 1000 / n }'
}
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }
cpu_model=$(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
cat <<MARKDOWN

## Compile-time cost of the macros

\`bash benches/compile_time.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores${cpu_model:+ ($cpu_model)}, $(rustc --version | cut -d' ' -f1-2), RUNS=$RUNS.

$USES macro uses ($INVITES \`invite_url!\`, $SETS \`permissions!\`, $((4 * BOT_GROUPS)) \`#[derive(BotPermissions)]\`, $BOT_GROUPS of them
bots composed of nested modules) against the same constants written by hand, both crates depending
on \`botperms\`. \`cargo check\` of each crate alone after touching its source, $RUNS runs each,
interleaved; medians, and the median of each run's ratio (the two checks of a run see the same load).
Wall time is what one waits; CPU time (user + sys of cargo and rustc) is
steadier on a loaded machine.

| \`cargo check\` of the crate | with the macros | hand-written | ratio of the medians | median of the runs' ratios | cost per macro use |
|---|---|---|---|---|---|
$(row full wall "full (\`CARGO_INCREMENTAL=0\`), wall")
$(row full cpu "full (\`CARGO_INCREMENTAL=0\`), CPU")
$(row incremental wall "incremental, wall")
$(row incremental cpu "incremental, CPU")

Cold \`cargo check\` of the dependencies (\`syn\`, \`url\`, \`botperms-core\`, \`botperms-macros\`, ...) and the
hand-written crate: $(seconds "$cold_wall") wall, $(seconds "$cold_cpu") CPU. Goal: the macros within 1.3x of hand-written.
MARKDOWN
