//! Turns the typed data file into the items of `core/src/data/generated.rs`.

use std::fmt::Write as _;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::data::{ChannelTypes, DiscordData, Grant, Permission, Scope};

/// A run of items `prettyplease` lays out, or a block laid out here.
pub(crate) enum Section {
    /// Items, printed by `prettyplease`.
    Items(TokenStream),
    /// Finished source text.
    Text(String),
}

/// Every section of the generated file, in file order; the renderer puts a blank line between them.
pub(crate) fn sections(data: &DiscordData) -> Vec<Section> {
    let mut sections = vec![
        Section::Items(quote! {
            #![allow(clippy::doc_markdown)]

            use super::{ChannelTypes, PermissionInfo, Prerequisite, Preset, ScopeGrant, ScopeInfo};
        }),
        Section::Items(revision(data)),
        Section::Text(permission_flags(&data.permissions)),
        Section::Items(permission_info(&data.permissions)),
        Section::Items(permission_sets(data)),
        Section::Items(preset_table(data)),
    ];
    sections.extend(prerequisites(data).into_iter().map(Section::Items));
    sections.extend(scopes(&data.scopes).into_iter().map(Section::Items));
    sections
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// One `///` line (the leading space is what `///` comments carry).
fn doc(line: &str) -> TokenStream {
    let line = format!(" {line}");
    quote!(#[doc = #line])
}

fn revision(data: &DiscordData) -> TokenStream {
    let revision = &data.docs_revision;
    let summary = doc(&format!("The revision of Discord's documentation ({}) the tables match.", revision.repository));
    let value = format!("{} snapshot {}", revision.repository, revision.snapshot);
    quote! {
        #summary
        pub const DOCS_REVISION: &str = #value;
    }
}

/// The `bitflags!` invocation, laid out by hand: `prettyplease` prints a macro's body as one stream of tokens
/// (`#[doc = "..."]` attributes run together), and this block is what readers of docs.rs and go-to-definition
/// land on. Its content is plain: `///` lines and `const NAME = 1 << bit;`.
fn permission_flags(permissions: &[Permission]) -> String {
    let mut out = String::from(
        "bitflags::bitflags! {\n\
         \x20   /// A set of Discord permission flags: the `permissions` integer of roles, overwrites and invite links.\n\
         \x20   ///\n\
         \x20   /// Every flag Discord documents is here under Discord's own name. Bits Discord has not\n\
         \x20   /// documented (yet) are kept, never dropped: use [`Permissions::from_bits_retain`].\n\
         \x20   #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]\n\
         \x20   pub struct Permissions: u64 {\n",
    );
    for permission in permissions {
        let mut docs = vec![format!("{}.", permission.description.trim_end_matches('.')), String::new()];
        docs.push(format!("Shown in Discord as \"{}\".", permission.client_label));
        if permission.requires_2fa {
            docs.push("The owner needs two-factor authentication in guilds that enforce it.".to_owned());
        }
        for line in docs.iter().flat_map(|doc| doc.split('\n')) {
            let line = line.trim_end();
            writeln!(out, "        ///{}{line}", if line.is_empty() { "" } else { " " }).expect("writing to a String");
        }
        writeln!(out, "        const {} = 1 << {};", permission.name, permission.bit).expect("writing to a String");
    }
    out.push_str("    }\n}\n");
    out
}

fn str_slice(items: &[String]) -> TokenStream {
    quote!(&[#(#items),*])
}

fn channel_types(types: ChannelTypes) -> TokenStream {
    let parts: Vec<TokenStream> = [(types.text, "TEXT"), (types.voice, "VOICE"), (types.stage, "STAGE")]
        .into_iter()
        .filter(|(set, _)| *set)
        .map(|(_, name)| {
            let name = ident(name);
            quote!(ChannelTypes::#name.bits())
        })
        .collect();
    if parts.is_empty() { quote!(ChannelTypes::empty()) } else { quote!(ChannelTypes::from_bits_retain(#(#parts)|*)) }
}

fn permission_info(permissions: &[Permission]) -> TokenStream {
    let count = proc_macro2::Literal::usize_unsuffixed(permissions.len());
    let rows = permissions.iter().map(|permission| {
        let Permission {
            name,
            description,
            client_label,
            invite_screen_label,
            requires_2fa,
            discord_py,
            discord_js,
            ..
        } = permission;
        let flag = ident(name);
        let channel_settings_labels = str_slice(&permission.channel_settings_labels);
        let former_client_labels = str_slice(&permission.former_client_labels);
        let types = channel_types(permission.channel_types);
        let former_names = str_slice(&permission.former_names);
        let discord_py_aliases = str_slice(&permission.discord_py_aliases);
        quote! {
            PermissionInfo {
                name: #name,
                flag: Permissions::#flag,
                description: #description,
                client_label: #client_label,
                invite_screen_label: #invite_screen_label,
                channel_settings_labels: #channel_settings_labels,
                former_client_labels: #former_client_labels,
                channel_types: #types,
                requires_2fa: #requires_2fa,
                former_names: #former_names,
                discord_py: #discord_py,
                discord_py_aliases: #discord_py_aliases,
                discord_js: #discord_js,
            }
        }
    });
    quote! {
        /// What the data file says of every flag, in bit order.
        pub(crate) static PERMISSION_INFO: [PermissionInfo; #count] = [#(#rows),*];
    }
}

fn flag_union<'a>(names: impl IntoIterator<Item = &'a String>) -> TokenStream {
    let bits = names.into_iter().map(|name| {
        let name = ident(name);
        quote!(Permissions::#name.bits())
    });
    quote!(Permissions::from_bits_retain(#(#bits)|*))
}

fn permission_sets(data: &DiscordData) -> TokenStream {
    let elevated = flag_union(
        data.permissions.iter().filter(|permission| permission.requires_2fa).map(|permission| &permission.name),
    );
    let presets = data.presets.iter().filter_map(|(preset, body)| {
        let function = ident(body.function_name(preset)?);
        let listed = body.flags.iter().map(|flag| format!("`{flag}`")).collect::<Vec<_>>().join(", ");
        let summary = doc(&format!("The {preset} preset, as {}: {listed}.", body.source));
        let note = body.note.as_deref().map(|note| {
            let (blank, note) = (doc(""), doc(&format!("{}.", note.trim_end_matches('.'))));
            quote!(#blank #note)
        });
        let union = flag_union(&body.flags);
        Some(quote! {
            #summary
            #note
            #[must_use]
            pub const fn #function() -> Permissions {
                #union
            }
        })
    });
    quote! {
        impl Permissions {
            /// The flags whose holder's guild owner needs two-factor authentication where the guild enforces it
            /// (Discord's documentation marks them; discord.py's `elevated()` differs).
            pub const ELEVATED: Permissions = #elevated;
            #(#presets)*
        }
    }
}

fn preset_table(data: &DiscordData) -> TokenStream {
    let count = proc_macro2::Literal::usize_unsuffixed(data.presets.len());
    let rows = data.presets.iter().map(|(name, body)| {
        let permissions = flag_union(&body.flags);
        let source = &body.source;
        let note = body.note.as_deref().unwrap_or_default();
        quote! {
            Preset {
                name: #name,
                permissions: #permissions,
                source: #source,
                note: #note,
            }
        }
    });
    quote! {
        /// discord.py's presets, by name.
        pub(crate) static PRESETS: [Preset; #count] = [#(#rows),*];
    }
}

fn prerequisites(data: &DiscordData) -> Vec<TokenStream> {
    let count = proc_macro2::Literal::usize_unsuffixed(data.prerequisites.len());
    let notes = data
        .prerequisites
        .iter()
        .map(|prerequisite| doc(&format!("- `{}`: {}", prerequisite.requires, prerequisite.note)));
    let rows = data.prerequisites.iter().map(|prerequisite| {
        let requires = ident(&prerequisite.requires);
        let flags = flag_union(&prerequisite.flags);
        quote! {
            Prerequisite {
                requires: Permissions::#requires,
                flags: #flags,
            }
        }
    });
    let rejected = flag_union(&data.rejected_by_invites);
    vec![
        quote! {
            /// Flags that have no effect without another flag (Discord's implicit permissions):
            ///
            #(#notes)*
            pub(crate) static PREREQUISITES: [Prerequisite; #count] = [#(#rows),*];
        },
        quote! {
            /// Flags invites have been seen to reject ("Invalid permission(s) provided").
            pub(crate) const REJECTED_BY_INVITES: Permissions = #rejected;
        },
    ]
}

/// `applications.commands` -> `ApplicationsCommands`, `role_connections.write` -> `RoleConnectionsWrite`.
pub(crate) fn variant_name(scope: &str) -> String {
    scope
        .split(['.', '_'])
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

fn scopes(scopes: &[Scope]) -> Vec<TokenStream> {
    let count = proc_macro2::Literal::usize_unsuffixed(scopes.len());
    let variants: Vec<Ident> = scopes.iter().map(|scope| ident(&variant_name(&scope.name))).collect();
    let variant_docs = scopes.iter().map(|scope| doc(&format!("`{}`: {}", scope.name, scope.description)));
    let rows = scopes.iter().zip(&variants).map(|(scope, variant)| {
        let Scope { name, description, requires_approval, grant } = scope;
        let grant = ident(match grant {
            Grant::Bot => "Bot",
            Grant::Shortcut => "Shortcut",
            Grant::AuthorizationCode => "AuthorizationCode",
            Grant::ClientCredentials => "ClientCredentials",
        });
        quote! {
            ScopeInfo {
                scope: Scope::#variant,
                name: #name,
                description: #description,
                requires_approval: #requires_approval,
                grant: ScopeGrant::#grant,
            }
        }
    });
    vec![
        quote! {
            /// An OAuth2 scope: what an authorization link asks a user to grant.
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            #[non_exhaustive]
            pub enum Scope {
                #(#variant_docs #variants,)*
            }
        },
        quote! {
            impl Scope {
                /// Every scope: `bot` and `applications.commands` first, as links list them, then by name.
                pub const ALL: [Scope; #count] = [#(Scope::#variants),*];
            }
        },
        quote! {
            /// What the data file says of every scope, in the order of [`Scope::ALL`].
            pub(crate) static SCOPE_INFO: [ScopeInfo; #count] = [#(#rows),*];
        },
    ]
}
