//! `#[derive(BotPermissions)]`: parse the `#[bot(..)]` attributes, check them with the rule
//! engine, expand to the trait impl (and `INVITE_URL` when the struct declares a `client_id`).

use botperms_core::{COMPOSED_PARTS_CAPACITY, Levels, LinkTemplate, Permissions, Rule, Scope, link_template, render};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Data, DeriveInput, Fields, Meta};

use crate::args::{Args, Place, Spanned};
use crate::diagnostics::{Diagnostics, Loc};
use crate::resolve::{self, Resolved};

/// One `permissions = [..], reason = ".."` declaration.
struct Declaration {
    args: Args<'static>,
    declared_in: String,
}

/// What the struct and its fields say.
struct Input<'a> {
    derive: &'a DeriveInput,
    bot: Args<'static>,
    declarations: Vec<Declaration>,
    /// The types whose needs are added: `#[bot(nested)]` fields' and `commands = [..]`.
    nested: Vec<syn::Type>,
    literals: Vec<Spanned<String>>,
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let derive: DeriveInput = match syn::parse2(input) {
        Ok(derive) => derive,
        Err(error) => return error.to_compile_error(),
    };
    let mut diagnostics = Diagnostics::default();
    let Some(parsed) = parse(&derive, &mut diagnostics) else {
        return fallback(&derive, &diagnostics, false);
    };
    if let Some(secrets) = crate::secrets::only_secrets(&parsed.literals, &resolve::levels(&[&parsed.bot])) {
        return fallback(&derive, &secrets, parsed.bot.key_span("client_id").is_some());
    }
    let checked = check(&parsed, &mut diagnostics);
    if diagnostics.has_errors() {
        return fallback(&derive, &diagnostics, parsed.bot.key_span("client_id").is_some());
    }
    expand_impl(&parsed, &checked, &diagnostics)
}

fn bot_attributes<'a>(
    attrs: &'a [syn::Attribute],
    diagnostics: &mut Diagnostics,
) -> impl Iterator<Item = TokenStream> + use<'a> {
    let mut lists = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("bot")) {
        match &attr.meta {
            Meta::List(list) => lists.push(list.tokens.clone()),
            other => diagnostics.push(syn::Error::new_spanned(
                other,
                "expected `#[bot(..)]` with arguments, as in `#[bot(permissions = [SEND_MESSAGES], reason = \"..\")]`",
            )),
        }
    }
    lists.into_iter()
}

fn parse<'a>(derive: &'a DeriveInput, diagnostics: &mut Diagnostics) -> Option<Input<'a>> {
    let fields = match &derive.data {
        Data::Struct(data) => &data.fields,
        Data::Enum(data) => {
            diagnostics.push(syn::Error::new_spanned(
                data.enum_token,
                "`BotPermissions` can only be derived for a struct, not an enum\n\nhelp: declare the bot's needs on the struct that holds its configuration",
            ));
            return None;
        }
        Data::Union(data) => {
            diagnostics.push(syn::Error::new_spanned(
                data.union_token,
                "`BotPermissions` can only be derived for a struct, not a union\n\nhelp: declare the bot's needs on the struct that holds its configuration",
            ));
            return None;
        }
    };
    let name = derive.ident.to_string();
    let mut input =
        Input { derive, bot: Args::default(), declarations: Vec::new(), nested: Vec::new(), literals: Vec::new() };
    for tokens in bot_attributes(&derive.attrs, diagnostics) {
        let tokens = crate::tokens::read(tokens);
        crate::secrets::find(&tokens, &mut input.literals);
        let mut args = Args::default();
        args.parse_into(&tokens, Place::StructAttribute, diagnostics);
        input.bot.merge_invite_keys(&mut args, diagnostics);
        commands(&mut args, &mut input.nested, diagnostics);
        input.declarations.push(Declaration { args, declared_in: name.clone() });
    }
    let members: Vec<(String, &syn::Field)> = match fields {
        Fields::Named(named) => named
            .named
            .iter()
            .map(|field| (field.ident.as_ref().map(ToString::to_string).unwrap_or_default(), field))
            .collect(),
        Fields::Unnamed(unnamed) => {
            unnamed.unnamed.iter().enumerate().map(|(index, field)| (index.to_string(), field)).collect()
        }
        Fields::Unit => Vec::new(),
    };
    for (member, field) in members {
        for tokens in bot_attributes(&field.attrs, diagnostics) {
            let tokens = crate::tokens::read(tokens);
            crate::secrets::find(&tokens, &mut input.literals);
            let mut args = Args::default();
            args.parse_into(&tokens, Place::FieldAttribute, diagnostics);
            if args.nested.is_some() {
                input.nested.push(field.ty.clone());
            }
            input.declarations.push(Declaration { args, declared_in: format!("{name}.{member}") });
        }
    }
    Some(input)
}

/// Reads `commands = [..]` of one attribute into `types`: each item a type, none listed twice.
fn commands(args: &mut Args<'_>, types: &mut Vec<syn::Type>, diagnostics: &mut Diagnostics) {
    let mut listed: Vec<(String, Loc)> = Vec::new();
    for tokens in std::mem::take(&mut args.commands) {
        let span = Loc::from(tokens.clone().into_iter().next().map_or_else(Span::call_site, |token| token.span()));
        let written = tokens.to_string();
        match syn::parse2::<syn::Type>(tokens) {
            Ok(ty) => {
                if let Some((_, first)) = listed.iter().find(|(name, _)| *name == written) {
                    let first = *first;
                    diagnostics.error(
                        Loc::from(syn::spanned::Spanned::span(&ty)),
                        format!("command `{written}` is listed twice in `commands`\n\nhelp: remove one: its permissions count once"),
                    );
                    diagnostics.error(first, "first listed here");
                } else {
                    listed.push((written, Loc::from(syn::spanned::Spanned::span(&ty))));
                    types.push(ty);
                }
            }
            Err(_) => diagnostics.error(
                span,
                format!("expected a command type in `commands`, found `{written}`\n\nhelp: list types that derive `BotPermissions`, such as `commands = [Ping, Ban]`"),
            ),
        }
    }
}

/// What the checks resolved: own permissions per declaration, and the scopes.
struct Checked {
    levels: Levels,
    declarations: Vec<(Permissions, String, String)>,
    scopes: Vec<Scope>,
    own: Permissions,
}

fn check(input: &Input<'_>, diagnostics: &mut Diagnostics) -> Checked {
    let levels = resolve::levels(&[&input.bot]);
    // Secrets at warn level: errors stop at `only_secrets`.
    resolve::secrets(&input.literals, &levels, diagnostics);
    let scopes =
        input.bot.scopes.as_ref().map(|names| resolve::scopes(&names.value, &levels, diagnostics)).unwrap_or_default();
    let mut items = Vec::new();
    let mut declarations = Vec::new();
    let mut incomplete = false;
    for declaration in &input.declarations {
        let args = &declaration.args;
        match (&args.permissions, &args.reason) {
            (Some(permissions), Some(reason)) => {
                let resolved = resolve::permissions(permissions, &levels, diagnostics);
                incomplete |= resolved.iter().any(Option::is_none);
                let resolved: Vec<_> = resolved.into_iter().flatten().collect();
                let union = resolved.iter().fold(Permissions::empty(), |all, (flag, _)| all | *flag);
                declarations.push((union, reason.value.clone(), declaration.declared_in.clone()));
                items.extend(resolved);
            }
            (Some(permissions), None) => {
                diagnostics.error(
                    args.key_span("permissions").unwrap_or(Loc::from(Span::call_site())),
                    "say why the bot needs these permissions\n\nhelp: add `reason = \"...\"`: it is shown to server admins next to each permission",
                );
                // Checked all the same, so a misspelt flag of the same attribute shows in the same build.
                let resolved = resolve::permissions(permissions, &levels, diagnostics);
                incomplete |= resolved.iter().any(Option::is_none);
                items.extend(resolved.into_iter().flatten());
            }
            (None, Some(reason)) => diagnostics.error(
                reason.span,
                "`reason` explains `permissions`, but none are given here\n\nhelp: add `permissions = [..]`, or remove `reason`",
            ),
            (None, None) => {}
        }
    }
    let whole = Loc::from(input.derive.ident.span());
    let resolved = Resolved { args: &input.bot, levels, scopes, permissions: items, whole, incomplete };
    let parts = resolved.parts();
    let request = resolved.request(&parts, true);
    let is_bot = input.bot.client_id.is_some();
    // With nested modules the macro cannot see the whole set, so the rules about it run in const
    // evaluation instead; a module without `client_id` is checked as part of its bot.
    let whole_set_known = is_bot && input.nested.is_empty();
    if is_bot || !parts.permissions.is_empty() || !parts.scopes.is_empty() {
        resolved.check(&request, whole_set_known, diagnostics);
    }
    // Rendered in the canonical order of `Scopes`, so `INVITE_URL` and `invite().build()` agree.
    let scopes = parts.scopes.iter().copied().collect::<botperms_core::Scopes>().iter().collect();
    Checked { levels, declarations, scopes, own: request.all_permissions() }
}

fn levels_expr(levels: &Levels) -> TokenStream {
    let overrides = Rule::ALL.iter().filter(|rule| levels.level(**rule) != rule.default_level()).map(|rule| {
        let variant = format_ident!("{}", format!("{rule:?}"));
        let level = format_ident!("{}", format!("{:?}", levels.level(*rule)));
        quote!(.with(::botperms::__private::Rule::#variant, ::botperms::__private::Level::#level))
    });
    quote!(::botperms::__private::Levels::DEFAULT #(#overrides)*)
}

fn expand_impl(input: &Input<'_>, checked: &Checked, diagnostics: &Diagnostics) -> TokenStream {
    let derive = input.derive;
    let name = &derive.ident;
    let private = quote!(__botperms);
    let bot_trait = quote!(#private::BotPermissions);
    let mut generics = derive.generics.clone();
    // Generic modules need the bound; a concrete type that lacks the impl is better reported once,
    // at the field's type, by the uses below than by an impossible bound on the whole impl.
    for ty in input.nested.iter().filter(|ty| mentions_type_parameter(ty, &derive.generics)) {
        generics.make_where_clause().predicates.push(syn::parse_quote!(#ty: #bot_trait));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let nested = &input.nested;
    let nested_bits = nested
        .iter()
        .map(|ty| quote_spanned!(syn::spanned::Spanned::span(ty)=> | <#ty as #bot_trait>::PERMISSIONS.bits()));
    let own_bits = checked.own.bits();
    let union = quote!(#private::Permissions::from_bits_retain(#own_bits #(#nested_bits)*));
    let is_bot = input.bot.client_id.is_some();
    let permissions = if is_bot && !nested.is_empty() {
        let levels = levels_expr(&checked.levels);
        quote_spanned!(name.span()=> #private::assert_composition(#union, <Self as #bot_trait>::SCOPES, &#levels))
    } else {
        union
    };
    let scopes = checked.scopes.iter().map(|scope| {
        let variant = format_ident!("{}", format!("{scope:?}"));
        quote!(.with(#private::Scope::#variant))
    });
    let nested_scopes =
        nested.iter().map(|ty| quote_spanned!(syn::spanned::Spanned::span(ty)=> .union(<#ty as #bot_trait>::SCOPES)));
    let nested_reasons =
        nested.iter().map(|ty| quote_spanned!(syn::spanned::Spanned::span(ty)=> &<#ty as #bot_trait>::REASONS));
    let reasons = checked.declarations.iter().map(|(flags, reason, declared_in)| {
        let bits = flags.bits();
        quote!(#private::Reason { permissions: #private::Permissions::from_bits_retain(#bits), reason: #reason, declared_in: #declared_in })
    });
    let client_id = input.bot.client_id.as_ref().map(|id| {
        let id = id.value;
        quote!(const CLIENT_ID: #private::Option<u64> = #private::Option::Some(#id);)
    });
    let invite_url = is_bot.then(|| invite_url(input, checked, &generics));
    let invite = invite_override(&input.bot);
    let warnings = diagnostics.warnings_to_tokens();
    let warnings = (!warnings.is_empty()).then(|| quote!(const _: () = { #warnings };));
    let evaluate_now = (is_bot && !nested.is_empty() && derive.generics.params.is_empty())
        .then(|| quote!(const _: #private::Permissions = <#name as #bot_trait>::PERMISSIONS;));
    // serde's pattern: one short alias instead of the full path at every use keeps the output,
    // and what rustc parses of it, about a third smaller.
    quote! {
        const _: () = {
        use ::botperms::__private as __botperms;
        #[automatically_derived]
        impl #impl_generics #bot_trait for #name #ty_generics #where_clause {
            const PERMISSIONS: #private::Permissions = #permissions;
            const SCOPES: #private::Scopes = #private::Scopes::EMPTY #(#scopes)* #(#nested_scopes)*;
            const REASONS: #private::Reasons = #private::Reasons {
                own: &[#(#reasons),*],
                nested: &[#(#nested_reasons),*],
            };
            #client_id
            #invite
        }
        #invite_url
        #warnings
        #evaluate_now
        };
    }
}

/// `invite()` prefilled with the link parameters the struct declares beyond id, scopes and
/// permissions, so that a run-time link only adds what is only known at run time.
fn invite_override(bot: &Args<'_>) -> Option<TokenStream> {
    let private = quote!(__botperms);
    let mut calls = Vec::new();
    if let Some(id) = &bot.guild_id {
        let id = id.value;
        calls.push(quote!(.guild_id(#id)));
    }
    if let Some(flag) = &bot.disable_guild_select {
        let flag = flag.value;
        calls.push(quote!(.disable_guild_select(#flag)));
    }
    if let Some(value) = &bot.integration_type {
        let variant = format_ident!("{}", format!("{:?}", value.value));
        calls.push(quote!(.integration_type(#private::IntegrationType::#variant)));
    }
    if let Some(value) = &bot.response_type {
        let variant = format_ident!("{}", format!("{:?}", value.value));
        calls.push(quote!(.response_type(#private::ResponseType::#variant)));
    }
    if let Some(value) = &bot.redirect_uri {
        let uri = &value.value;
        calls.push(quote!(.redirect_uri(#uri)));
    }
    if let Some(value) = &bot.prompt {
        let variant = format_ident!("{}", format!("{:?}", value.value));
        calls.push(quote!(.prompt(#private::Prompt::#variant)));
    }
    if bot.require_code_grant.as_ref().is_some_and(|flag| flag.value) {
        calls.push(quote!(.require_code_grant(true)));
    }
    let levels = bot.levels.iter().map(|(rule, level, _)| {
        let rule = format_ident!("{}", format!("{rule:?}"));
        let level = format_ident!("{}", format!("{level:?}"));
        quote!(.level(#private::Rule::#rule, #private::Level::#level))
    });
    calls.extend(levels);
    if calls.is_empty() {
        return None;
    }
    Some(quote! {
        fn invite() -> #private::InviteBuilder {
            let permissions = <Self as #private::BotPermissions>::PERMISSIONS;
            let builder = #private::InviteUrl::new(<Self as #private::BotPermissions>::CLIENT_ID.unwrap_or_default())
                .scopes(<Self as #private::BotPermissions>::SCOPES.iter());
            let builder = if permissions.is_empty() { builder } else { builder.permissions(permissions) };
            builder #(#calls)*
        }
    })
}

fn mentions_type_parameter(ty: &syn::Type, generics: &syn::Generics) -> bool {
    fn walk(tokens: TokenStream, names: &[String]) -> bool {
        tokens.into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => names.contains(&ident.to_string()),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), names),
            _ => false,
        })
    }
    let names: Vec<String> = generics.type_params().map(|param| param.ident.to_string()).collect();
    !names.is_empty() && walk(quote!(#ty), &names)
}

/// `INVITE_URL`: a literal when the macro sees every permission, otherwise assembled in const
/// evaluation around the composed permissions, from the same renderer.
fn invite_url(input: &Input<'_>, checked: &Checked, generics: &syn::Generics) -> TokenStream {
    let derive = input.derive;
    let name = &derive.ident;
    let private = quote!(__botperms);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let bot = &input.bot;
    let scopes = checked.scopes.clone();
    let own = [checked.own];
    let permissions: &[Permissions] = if checked.own.is_empty() && input.nested.is_empty() { &[] } else { &own };
    let request = resolve::request(bot, &scopes, permissions, true);
    let value = if input.nested.is_empty() {
        let link = render(&request);
        quote!(#link)
    } else {
        let LinkTemplate { head, tail } = link_template(&request);
        let capacity = head.len() + tail.len() + COMPOSED_PARTS_CAPACITY;
        quote! {
            #private::compose_link::<#capacity>(
                #head,
                <Self as #private::BotPermissions>::SCOPES,
                <Self as #private::BotPermissions>::PERMISSIONS,
                #tail,
            )
            .as_str()
        }
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics #name #ty_generics #where_clause {
            /// The bot's invite link, checked at build time.
            pub const INVITE_URL: &'static str = #value;
        }
    }
}

/// On errors: the errors, and an impl that keeps every use of the type compiling, so users see
/// the real mistake and not a cascade of "trait not implemented".
fn fallback(derive: &DeriveInput, diagnostics: &Diagnostics, with_invite_url: bool) -> TokenStream {
    let errors = diagnostics.errors_to_tokens();
    if matches!(derive.data, Data::Enum(_) | Data::Union(_)) && !diagnostics.has_errors() {
        return errors;
    }
    let name = &derive.ident;
    let private = quote!(::botperms::__private);
    let (impl_generics, ty_generics, where_clause) = derive.generics.split_for_impl();
    let invite_url = with_invite_url.then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #name #ty_generics #where_clause {
                /// Empty: the derive reported errors.
                pub const INVITE_URL: &'static str = "";
            }
        }
    });
    quote! {
        #errors
        #[automatically_derived]
        impl #impl_generics #private::BotPermissions for #name #ty_generics #where_clause {
            const PERMISSIONS: #private::Permissions = #private::Permissions::empty();
            const SCOPES: #private::Scopes = #private::Scopes::EMPTY;
            const REASONS: #private::Reasons = #private::Reasons::NONE;
        }
        #invite_url
    }
}
