//! The builder's duplicate check: the earliest earlier listing is the one named, however long the lists.

use botperms_core::{InviteUrl, Level, Permissions as P, Rule, Scope, Subject};

fn duplicates(builder: botperms_core::InviteBuilder) -> Vec<(Subject, Option<Subject>)> {
    let builder = builder.allow(Rule::ImplicitDenial).allow(Rule::MissingThreadSend);
    let findings = match builder.build() {
        Ok(link) => link.findings().to_vec(),
        Err(error) => error.findings,
    };
    findings
        .iter()
        .filter(|finding| finding.rule == Rule::Duplicate && finding.level == Level::Deny)
        .map(|finding| (finding.subject, finding.related))
        .collect()
}

#[test]
fn scope_ordinals_are_their_places_in_all() {
    // The duplicate check indexes by `scope as usize`.
    for (index, scope) in Scope::ALL.iter().enumerate() {
        assert_eq!(*scope as usize, index, "{scope}");
    }
}

#[test]
fn a_repeated_scope_names_its_first_listing() {
    let builder = InviteUrl::new(157_730_590_492_196_864).scopes([
        Scope::Bot,
        Scope::ApplicationsCommands,
        Scope::Bot,
        Scope::ApplicationsCommands,
        Scope::Bot,
    ]);
    assert_eq!(
        duplicates(builder),
        [
            (Subject::Scope(2), Some(Subject::Scope(0))),
            (Subject::Scope(3), Some(Subject::Scope(1))),
            (Subject::Scope(4), Some(Subject::Scope(0))),
        ]
    );
}

#[test]
fn overlapping_permissions_name_the_earliest_item_sharing_a_flag() {
    let builder = InviteUrl::new(157_730_590_492_196_864)
        .scope(Scope::Bot)
        .permissions(P::VIEW_CHANNEL)
        .permissions(P::SEND_MESSAGES)
        .permissions(P::EMBED_LINKS)
        // Shares a flag with items 2 and 1: item 1 is the earlier.
        .permissions(P::EMBED_LINKS | P::SEND_MESSAGES)
        .permissions(P::ATTACH_FILES);
    assert_eq!(duplicates(builder), [(Subject::Permission(3), Some(Subject::Permission(1)))]);
}

#[test]
fn ten_thousand_repeats_are_all_reported() {
    let scopes = std::iter::repeat_n(Scope::Bot, 10_000);
    let found = duplicates(InviteUrl::new(157_730_590_492_196_864).scopes(scopes));
    assert_eq!(found.len(), 9_999);
    assert!(found.iter().all(|(_, first)| *first == Some(Subject::Scope(0))));
}
