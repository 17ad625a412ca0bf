#!/usr/bin/env bash
# Runs the fuzz targets with cargo-fuzz (libFuzzer), one after another, each for a number of seconds.
# Not run by CI: a useful run takes minutes per target. Crashes land in fuzz/artifacts/<target>/; keep each
# as a regression test in the normal test suite (core/tests/fuzz_regressions.rs, or a unit test of the macro
# crate) before fixing it. See the Fuzzing section of SECURITY.md.
#
#   fuzz/run.sh [SECONDS] [TARGET...]      SECONDS defaults to 600; TARGET defaults to every target
#
# CARGO_FUZZ_ARGS is passed to `cargo fuzz run` (e.g. `--sanitizer none` where AddressSanitizer is missing),
# LIBFUZZER_ARGS to libFuzzer (e.g. `-jobs=2`).
set -euo pipefail

seconds="${1:-600}"
shift || true
cd "$(dirname "$0")"

if ! command -v cargo-fuzz >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi
# cargo-fuzz passes `-Z` flags (sanitizers, coverage instrumentation) that only nightly rustc takes;
# RUSTC_BOOTSTRAP lets a stable toolchain take them too, so no second toolchain is needed.
export RUSTC_BOOTSTRAP=1

# A few valid inputs per target, so that libFuzzer starts inside the grammar instead of searching for it.
# Written only into an empty corpus; the corpus itself is not kept in the repository.
seed() {
    local target="$1"
    shift
    mkdir -p "corpus/$target"
    if [ -z "$(ls -A "corpus/$target")" ]; then
        local index=0
        for input in "$@"; do
            printf '%s' "$input" >"corpus/$target/seed-$index"
            index=$((index + 1))
        done
    fi
}
# A made-up bot token, assembled here so that no token-shaped literal sits in the repository.
made_up_token="$(printf 157730590492196864 | base64 | tr -d '=\n').GhIjKl.$(printf 's1Gn4tUr3%.0s' 1 2 3)"
seed permissions_from_str 'VIEW_CHANNEL | send_messages | Embed Links' '0x8000000000000001, ADMINISTRATOR' '2048'
seed scope_from_str 'applications.commands' ' BOT ' 'webhook.incoming'
seed invite_parse \
    'https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=2048&guild_id=175928847299117063&disable_guild_select=true' \
    'https://discord.com/api/v10/oauth2/authorize?client_id=157730590492196864&scope=identify%20guilds&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&state=x&prompt=none&integration_type=1'
seed serde_permissions '"2048"' '[1, "2", 18446744073709551615]' '{"a": "8"}' \
    '{"guild_id": 1, "owner_id": null, "roles": [{"id": "1", "permissions": "1024"}, {"id": "3", "permissions": "1049600"}], "member": {"user": {"id": "2"}, "roles": ["3"], "communication_disabled_until": "2021-12-23T12:34:56.789000+00:00"}, "type": 2, "permission_overwrites": [{"id": "1", "type": 0, "allow": "2048", "deny": "1024"}, {"id": "2", "type": 1, "allow": "0", "deny": "0"}], "now_ms": 1640000000000}'
seed bot_token "$made_up_token" "Bot $made_up_token" 'abcdefghijklmnopqrstuvwxyzABCDEF'
seed macro_expansion \
    'VIEW_CHANNEL | SEND_MESSAGES' \
    'client_id = 157730590492196864, scopes = [bot, applications.commands], permissions = [VIEW_CHANNEL, SEND_MESSAGES], allow(administrator)' \
    '#[bot(client_id = 157730590492196864, scopes = [bot])] #[bot(permissions = [VIEW_CHANNEL], reason = "r")] struct A<T> { #[bot(nested)] m: T, #[bot(permissions = [KICK_MEMBERS], reason = "m")] x: u8 }'

mkdir -p logs
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo fuzz list)
fi
for target in "${targets[@]}"; do
    dict=()
    if [ -f "dicts/$target.dict" ]; then
        dict=("-dict=dicts/$target.dict")
    fi
    # libFuzzer stops at 4 KiB by default; links are parsed up to their cap, so the parser gets inputs up to
    # 1 MiB to find what only grows costly with many parameters or long values.
    max_len=()
    if [ "$target" = invite_parse ]; then
        max_len=("-max_len=1048576")
    fi
    echo "== $target: $seconds s"
    # `nice`: the machine is shared. `-timeout`: an input that takes seconds is a denial of service, so it
    # is reported like a crash. The final stats give the executions recorded in SECURITY.md.
    # shellcheck disable=SC2086 # the *_ARGS variables are word lists on purpose
    nice -n 10 cargo fuzz run ${CARGO_FUZZ_ARGS:-} "$target" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 "${max_len[@]}" "${dict[@]}" ${LIBFUZZER_ARGS:-} \
        2>&1 | tee "logs/$target.log"
done
