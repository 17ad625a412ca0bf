//! How the parser, the builder and the calculator's role matching grow with their input: each runs at n and 10n
//! on generated, varied inputs, so the report shows whether 10x the input costs about 10x the time.
//!
//! `cargo bench -p botperms-core --bench scaling -- --warm-up-time 1 --measurement-time 3`

// The generator's numbers index small tables and letters: truncation is what is wanted.
#![allow(clippy::cast_possible_truncation)]

use std::fmt::Write as _;
use std::hint::black_box;

use botperms_core::{
    InviteBuilder, InviteUrl, MAX_LINK_PARAMETERS, PermissionCalculator, Permissions, Role, Rule, Scope,
};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const APP: u64 = 157_730_590_492_196_864;
const GUILD: u64 = 81_384_788_765_712_384;
const USER: u64 = 80_351_110_224_678_912;

/// A small deterministic generator (xorshift), so every run measures the same inputs.
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// A link with `count` parameters: the real ones once, then distinct unknown names with values of varied
/// length, some percent-encoded, as a long pasted or hostile link would hold.
fn link_with_parameters(count: usize) -> String {
    let mut mix = Mix(0x9E37_79B9_7F4A_7C15);
    let mut link = format!(
        "https://discord.com/oauth2/authorize?client_id={APP}&scope=bot+applications.commands&permissions=2048"
    );
    for index in 3..count {
        let value_length = 1 + (mix.next() % 12) as usize;
        let value: String = (0..value_length).map(|i| char::from(b'a' + ((index + i) % 26) as u8)).collect();
        let encoded = if index % 5 == 0 { "%20x" } else { "" };
        write!(link, "&utm_{index:x}={value}{encoded}").expect("writing to a String");
    }
    link
}

/// A link about `length` bytes long within the parameter cap: the real parameters, then unknown ones
/// whose values share the length, every fifth character percent-encoded, so that reading grows
/// with the text rather than with a count the parser refuses past [`MAX_LINK_PARAMETERS`].
fn link_of_length(length: usize) -> String {
    let mut link = format!(
        "https://discord.com/oauth2/authorize?client_id={APP}&scope=bot+applications.commands&permissions=2048"
    );
    let extra = MAX_LINK_PARAMETERS - 3;
    let each = length.saturating_sub(link.len()) / extra;
    for index in 0..extra {
        write!(link, "&utm_{index}=").expect("writing to a String");
        let mut written = 0;
        while written < each {
            if written % 5 == 4 {
                link.push_str("%41");
                written += 3;
            } else {
                link.push(char::from(b'a' + ((index + written) % 26) as u8));
                written += 1;
            }
        }
    }
    link
}

/// A builder given `count` scope and permission items, drawn from every scope and flag with repeats.
fn builder_with_items(count: usize) -> InviteBuilder {
    let mut mix = Mix(0xD1B5_4A32_D192_ED03);
    let flags: Vec<Permissions> = Permissions::all().iter().collect();
    let mut builder = InviteUrl::new(APP).scope(Scope::Bot).allow(Rule::Duplicate);
    for _ in 0..count / 2 {
        builder = builder.scope(Scope::ALL[(mix.next() % Scope::ALL.len() as u64) as usize]);
        builder = builder.permissions(flags[(mix.next() % flags.len() as u64) as usize]);
    }
    builder
}

/// A guild of `count` roles of which the member holds every other one, listed in another order than the guild's.
fn guild_with_roles(count: usize) -> (Vec<Role>, Vec<u64>) {
    let mut mix = Mix(0x2545_F491_4F6C_DD1D);
    let flags: Vec<Permissions> = Permissions::all().iter().collect();
    let mut roles = vec![Role { id: GUILD, permissions: Permissions::VIEW_CHANNEL }];
    roles.extend((1..count as u64).map(|index| Role {
        id: GUILD + (index << 22) + (mix.next() & 0x3F_FFFF),
        permissions: flags[(mix.next() % flags.len() as u64) as usize],
    }));
    let mut member: Vec<u64> = roles.iter().skip(1).step_by(2).map(|role| role.id).collect();
    member.reverse();
    (roles, member)
}

fn parser(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_length");
    group.sample_size(10);
    for length in [10_000, 100_000, 1_000_000] {
        let link = link_of_length(length);
        group.bench_with_input(BenchmarkId::from_parameter(length), &link, |b, link| {
            b.iter(|| InviteUrl::parse(black_box(link)).map(|invite| invite.findings().len()));
        });
    }
    group.finish();
    // Past the cap the parser refuses the link: what that costs must not grow faster than the text.
    let mut group = c.benchmark_group("parse_parameters_refused");
    group.sample_size(10);
    for count in [1_000, 10_000] {
        let link = link_with_parameters(count);
        group.bench_with_input(BenchmarkId::from_parameter(count), &link, |b, link| {
            b.iter(|| InviteUrl::parse(black_box(link)).map(|invite| invite.findings().len()));
        });
    }
    group.finish();
}

fn builder(c: &mut Criterion) {
    let mut group = c.benchmark_group("build_items");
    group.sample_size(10);
    for count in [1_000, 10_000, 100_000] {
        let builder = builder_with_items(count);
        group.bench_with_input(BenchmarkId::from_parameter(count), &builder, |b, builder| {
            b.iter(|| black_box(builder.clone()).build().map(|link| link.findings().len()));
        });
    }
    group.finish();
}

fn role_matching(c: &mut Criterion) {
    let mut group = c.benchmark_group("from_guild_roles");
    for count in [10, 100, 1_000, 10_000] {
        let (roles, member) = guild_with_roles(count);
        group.bench_with_input(BenchmarkId::from_parameter(count), &(roles, member), |b, (roles, member)| {
            b.iter(|| {
                PermissionCalculator::from_guild_roles(GUILD, USER, black_box(roles), black_box(member))
                    .guild_permissions()
            });
        });
    }
    group.finish();
}

criterion_group!(benches, parser, builder, role_matching);
criterion_main!(benches);
