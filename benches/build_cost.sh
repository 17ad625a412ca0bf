#!/usr/bin/env bash
# Clean-build cost of depending on botperms.
#
# Generates two binary crates outside the repository: `base` depends on `serde` (with `derive`) and
# `url` and uses both, as a typical bot already does; `with-botperms` is the same crate plus
# `botperms = "0.1"` and one `invite_url!`. botperms comes as a user gets it, from a registry: the
# checkout's crates are packaged (`cargo package`) and served with every other dependency from one
# vendored directory, so cargo builds them as it builds any crates.io dependency, without
# incremental compilation and with lints capped. (A path dependency would be compiled as the
# user's own code, incrementally, which costs a clean build about a second more.) Then it times a
# clean `cargo build` of each, alternating, every run in a target directory of its own, and prints
# the medians and the difference as a Markdown snippet for BENCHMARKS.md. Run by hand, never from
# `cargo test` (a few minutes on 2 cores):
#
#     nice bash benches/build_cost.sh
#
# Environment: RUNS (clean builds per crate, default 3, at least 3), BOTPERMS (the botperms checkout
# to depend on, default the repository holding this script: point it at another commit's checkout
# to measure that commit with the same script), KEEP=1 to keep the scratch directory.
set -euo pipefail

readonly RUNS=${RUNS:-3}
if ! [[ $RUNS =~ ^[0-9]+$ ]] || ((RUNS < 3)); then
    echo "RUNS must be a number of at least 3 (a median of fewer runs says little on a busy machine)" >&2
    exit 2
fi

repo=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
botperms=$(cd -- "${BOTPERMS:-$repo}" && pwd -P)
readonly repo botperms
if [[ ! -f $botperms/src/lib.rs || ! -f $botperms/core/data/discord.json ]]; then
    echo "$botperms is not a botperms checkout (set BOTPERMS to one)" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/botperms-build-cost.XXXXXX")
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
"$repo"/* | "$botperms"/*)
    echo "the scratch directory must be outside the repository; set TMPDIR elsewhere" >&2
    exit 1
    ;;
*) ;;
esac

log() { printf '%s\n' "$*" >&2; }

# --- the crates ---------------------------------------------------------------------------------

# What both crates build from: the registry's crates at the versions in the repository's lock file,
# vendored into one directory, beside botperms's own crates as `cargo package` makes them.
log "packaging botperms and vendoring the dependencies (once; the timed builds run --offline)..."
seed=$scratch/vendor-seed
mkdir -p "$seed/src"
: >"$seed/src/lib.rs"
cat >"$seed/Cargo.toml" <<TOML
[package]
name = "vendor-seed"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
botperms = { path = "$botperms" }
serde = { version = "1", features = ["derive"] }
url = "2"
TOML
cp "$botperms/Cargo.lock" "$seed/Cargo.lock"
vendor=$scratch/vendor
(cd "$seed" && cargo vendor --quiet --versioned-dirs "$vendor" >/dev/null)
(cd "$botperms" && CARGO_TARGET_DIR=$scratch/package-target cargo package --quiet --no-verify --offline \
    --allow-dirty -p botperms-core -p botperms-macros -p botperms)
for package in "$scratch"/package-target/package/*.crate; do
    tar -xzf "$package" -C "$vendor"
    unpacked=$vendor/$(basename "$package" .crate)
    # A directory source lists each file's checksum; an empty list asks cargo to check none.
    printf '{"files":{},"package":"%s"}\n' "$(sha256sum "$package" | cut -d' ' -f1)" >"$unpacked/.cargo-checksum.json"
done

# Each crate is a workspace of its own, so neither build sees the other's lock file or target.
for crate in base with-botperms; do
    mkdir -p "$scratch/$crate/src" "$scratch/$crate/.cargo"
    cat >"$scratch/$crate/Cargo.toml" <<TOML
[package]
name = "$crate"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
url = "2"
TOML
    cat >"$scratch/$crate/.cargo/config.toml" <<TOML
[source.crates-io]
replace-with = "vendored"

[source.vendored]
directory = "$vendor"
TOML
done
echo 'botperms = "=0.1.0"' >>"$scratch/with-botperms/Cargo.toml"

# A bot's configuration: a derive and a parsed URL, so serde_derive and url are really compiled.
read -r -d '' BASE_MAIN <<'RUST' || true
#[derive(serde::Serialize, serde::Deserialize, Debug)]
struct Config {
    name: String,
    homepage: String,
}

fn main() {
    let config = Config { name: "bot".into(), homepage: "https://example.com/bot".into() };
    let homepage = url::Url::parse(&config.homepage).expect("a valid URL");
    println!("{config:?} {homepage}");
RUST
printf '%s\n}\n' "$BASE_MAIN" >"$scratch/base/src/main.rs"
cat >"$scratch/with-botperms/src/main.rs" <<RUST
$BASE_MAIN
    const INVITE: &str = botperms::invite_url!(
        client_id = 157730590492196864,
        scopes = [bot, applications.commands],
        permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS],
    );
    println!("{INVITE}");
}
RUST

# --- measurements -------------------------------------------------------------------------------

# A compiler cache would serve the build from earlier runs and hide the real cost.
unset RUSTC_WRAPPER CARGO_BUILD_RUSTC_WRAPPER CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR
export CARGO_TERM_COLOR=never

for crate in base with-botperms; do
    (cd "$scratch/$crate" && cargo generate-lockfile --offline --quiet)
done

# timed CRATE RUN: a clean `cargo build` of the crate in a fresh target directory; WALL and CPU
# (user + sys of cargo and every rustc) in milliseconds. CPU time is the steadier figure on a
# machine others load too.
timed() {
    local target=$scratch/target-$1-$2 timing TIMEFORMAT='%3R %3U %3S'
    if ! timing=$({ time (cd "$scratch/$1" && CARGO_TARGET_DIR=$target cargo build --offline \
        >"$scratch/build.log" 2>&1); } 2>&1); then
        cat "$scratch/build.log" >&2
        echo "failed: cargo build of $1" >&2
        exit 1
    fi
    read -r WALL CPU < <(awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$timing")
    CRATES=$(grep -cE '^ *Compiling ' "$scratch/build.log" || true)
    rm -rf -- "$target"
}

median() { # median VALUE...
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A runs=() crates=()
for ((run = 0; run < RUNS; run++)); do
    # Alternate which crate goes first, so drift in the machine's load hits both alike.
    if ((run % 2)); then order=(with-botperms base); else order=(base with-botperms); fi
    for crate in "${order[@]}"; do
        timed "$crate" "$run"
        runs[$crate.wall]+="$WALL " runs[$crate.cpu]+="$CPU "
        crates[$crate]=$CRATES
        log "run $((run + 1))/$RUNS, $crate: wall $WALL ms, CPU $CPU ms, $CRATES crates compiled"
    done
done
declare -A result=()
for key in "${!runs[@]}"; do
    # shellcheck disable=SC2086 # the runs are a space-separated list of numbers
    result[$key]=$(median ${runs[$key]})
done

# --- report -------------------------------------------------------------------------------------

row() { # row MEASURE LABEL
    awk -v b="${result[base.$1]}" -v w="${result[with-botperms.$1]}" -v label="$2" \
        'BEGIN { printf "| %s | %.2f s | %.2f s | %+.2f s | %.2fx |\n", label, b / 1000, w / 1000, (w - b) / 1000, w / b }'
}
cpu_model=$(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
commit=$(git -C "$botperms" rev-parse --short HEAD 2>/dev/null || echo unknown)
cat <<MARKDOWN

## Clean-build cost

\`bash benches/build_cost.sh\` on $(date -u +%Y-%m-%d) against botperms $commit: $(nproc) cores${cpu_model:+ ($cpu_model)},
$(rustc --version | cut -d' ' -f1-2), RUNS=$RUNS. Clean \`cargo build\` (dev profile) of each crate in a fresh target
directory, alternating; medians. The base crate compiles ${crates[base]} crates, the one with botperms ${crates[with-botperms]}.

| clean \`cargo build\` | serde (derive) + url | the same + botperms, one \`invite_url!\` | botperms adds | ratio |
|---|---:|---:|---:|---:|
$(row wall "wall")
$(row cpu "CPU (user + sys)")

Runs, wall (ms): base ${runs[base.wall]}; with botperms ${runs[with-botperms.wall]}
Runs, CPU (ms): base ${runs[base.cpu]}; with botperms ${runs[with-botperms.cpu]}
MARKDOWN
