#!/usr/bin/env bash
# Benchmark (not a test): a logged-in page on SQLite under loopback load.
#
# Builds the release binary, loads the demo into a temporary data directory, logs in as
# demo-leader, then drives two logged-in pages with wrk (Debian's `wrk`) and reports
# requests/s, latency percentiles, the server's peak resident memory (VmHWM) and the
# gzip-compressed weight of each page with its CSS. Results go into BENCHMARKS.md by hand.
#
#   benches/web-load.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
connections=${2:-16}
command -v wrk >/dev/null || { echo "benches/web-load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }

cargo build --release -q -p dhruva
bin=target/release/dhruva
dir=$(mktemp -d /tmp/dhruva-bench.XXXXXX)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
export DHRUVA_DEMO_PASSWORD=bench-password-2026 DHRUVA_LOG=warn

"$bin" demo --data-dir "$dir/data" >/dev/null
"$bin" serve --data-dir "$dir/data" --bind 127.0.0.1:0 >"$dir/serve.out" 2>"$dir/serve.err" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$dir/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$dir/serve.out" | head -n1)

# Log in by hand (no cookie jar: the cookies are Secure and carry the __Host- prefix).
curl -s -D "$dir/h1" -o "$dir/login.html" "$base/login"
csrf_cookie=$(grep -i '^set-cookie:' "$dir/h1" | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/' | tr -d '\r' | paste -sd ';' -)
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$dir/login.html" | head -n1 | sed -E 's/.*value="([^"]*)"/\1/')
curl -s -D "$dir/h2" -o /dev/null -H "Cookie: $csrf_cookie" -H "Origin: $base" \
    --data-urlencode "csrf=$csrf" --data-urlencode "login=demo-leader" \
    --data-urlencode "password=$DHRUVA_DEMO_PASSWORD" "$base/login"
session=$(grep -i '^set-cookie:' "$dir/h2" | grep -i session | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/' | tr -d '\r' | head -n1)
[ -n "$session" ] || { echo "login failed" >&2; cat "$dir/h2" >&2; exit 1; }
cookie="$session; $csrf_cookie"

home=$(curl -s -H "Cookie: $cookie" "$base/")
collective=$(echo "$home" | grep -o 'href="/collectives/[0-9]*"' | head -n1 | grep -o '[0-9]*')
page_c=$(curl -s -H "Cookie: $cookie" "$base/collectives/$collective")
member=$(echo "$page_c" | grep -o 'href="/members/[0-9]*"' | head -n1 | grep -o '[0-9]*')
css=$(echo "$page_c" | grep -o 'href="/static/[^"]*\.css[^"]*"' | head -n1 | sed -E 's/href="([^"]*)"/\1/')

echo "## machine"
echo "$(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{print int($2/1024/1024)" GiB"}'), $(uname -r), $(lscpu | grep 'Model name' | sed 's/Model name: *//')"
echo
echo "## page weights (gzip, bytes)"
css_gz=$(curl -s -H 'Accept-Encoding: gzip' "$base$css" | wc -c)
gz=$(curl -s -H 'Accept-Encoding: gzip' "$base/login" | wc -c)
echo "/login (logged out): html $gz + css $css_gz = $((gz + css_gz))"
for path in / /collectives "/collectives/$collective" "/members/$member" /profile; do
    gz=$(curl -s -H 'Accept-Encoding: gzip' -H "Cookie: $cookie" "$base$path" | wc -c)
    echo "$path: html $gz + css $css_gz = $((gz + css_gz))"
done
echo
for path in "/collectives/$collective" "/members/$member"; do
    echo "## wrk -t2 -c$connections -d${duration}s $path (logged in as demo-leader)"
    wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' "$base$path" \
        | grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'
    echo
done
echo "## server peak memory"
grep -E 'VmHWM|VmRSS' "/proc/$server/status"
