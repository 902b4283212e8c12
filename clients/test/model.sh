# Sourced by the editors' test scripts, with $work (a copy of examples/) and $here set: makes
# $work/fresh, a spec set without a plan, and starts a loopback OpenAI-compatible model that answers
# with a clean plan for it. Sets $model_url and $model_requests (each request body, a line); stops the
# model when the script exits.
shared="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$work/fresh"
cp "$work/bookmarks/PROJECT.md" "$work/bookmarks/REQUIREMENTS.md" "$work/fresh/"
model_requests="$work/.model-requests"
PLAN_ANSWER="$shared/bookmarks-plan.xml" REQUEST_LOG="$model_requests" python3 "$shared/fake_model.py" >"$work/.model-port" &
model_pid=$!
trap 'kill "$model_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  [ -s "$work/.model-port" ] && break
  sleep 0.1
done
model_url="http://127.0.0.1:$(cat "$work/.model-port")/v1"
