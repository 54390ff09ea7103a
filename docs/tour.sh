#!/usr/bin/env bash
# A tour of the Latchkey API with curl and jq, against a running server (`npm start`):
#
#   bash docs/tour.sh
#
# It signs up (or logs in, when the account exists: the tour can run again and again), creates a
# project and a key, calls the API with the key, rotates it (the old secret refused at once),
# deactivates the replacement and shows it refused too. Every answer is printed with its HTTP
# status; the tour stops with an error when a status is not the one it promises. Settings: API
# (default http://localhost:4000/graphql), EMAIL and PASSWORD (the account to use). Described in
# docs/api.md.
set -euo pipefail

API=${API:-http://localhost:4000/graphql}
EMAIL=${EMAIL:-ada@example.com}
PASSWORD=${PASSWORD:-correct horse battery}
command -v curl >/dev/null || { echo 'The tour needs curl: sudo apt-get install -y curl' >&2; exit 1; }
command -v jq >/dev/null || { echo 'The tour needs jq: sudo apt-get install -y jq' >&2; exit 1; }

# gql EXPECTED_STATUS QUERY [VARIABLES]: sends one GraphQL request, as $TOKEN when it is set (a
# session token or an API key, as `Authorization: Bearer`). Prints the status and the answer, leaves
# the answer in $BODY, and stops the tour when the status is not EXPECTED_STATUS, or when a 200
# carries an error whose code is not in $ALLOWED_ERROR.
gql() {
  local expected=$1 payload response status
  payload=$(jq -n --arg query "$2" --argjson variables "${3:-null}" '{query: $query, variables: $variables}')
  response=$(curl -sS "$API" -H 'content-type: application/json' ${TOKEN:+-H "authorization: Bearer $TOKEN"} \
    --data "$payload" --write-out '\n%{http_code}')
  status=${response##*$'\n'}
  BODY=${response%$'\n'*}
  echo "HTTP $status $(jq -c . <<<"$BODY")"
  if [ "$status" != "$expected" ]; then
    echo "Expected HTTP $expected." >&2
    return 1
  fi
  local code
  code=$(jq -r '.errors[0].extensions.code // empty' <<<"$BODY")
  if [ "$status" = 200 ] && [ -n "$code" ] && [ "$code" != "${ALLOWED_ERROR:-}" ]; then
    echo "Unexpected error $code." >&2
    return 1
  fi
}

step() { printf '\n## %s\n' "$1"; }

step '1. Sign up (or log in, when the account exists): the answer carries a session token.'
TOKEN='' ALLOWED_ERROR=CONFLICT gql 200 'mutation ($email: String!, $password: String!) {
  signUp(input: { email: $email, password: $password }) { token }
}' "$(jq -n --arg email "$EMAIL" --arg password "$PASSWORD" '{email: $email, password: $password}')"
if [ "$(jq -r '.errors[0].extensions.code // empty' <<<"$BODY")" = CONFLICT ]; then
  echo 'That account exists: logging in instead.'
  TOKEN='' gql 200 'mutation ($email: String!, $password: String!) {
    logIn(input: { email: $email, password: $password }) { token }
  }' "$(jq -n --arg email "$EMAIL" --arg password "$PASSWORD" '{email: $email, password: $password}')"
  TOKEN=$(jq -r .data.logIn.token <<<"$BODY")
else
  TOKEN=$(jq -r .data.signUp.token <<<"$BODY")
fi
SESSION=$TOKEN

step '2. Create a project: you become its OWNER, and its default key is in this answer, once.'
gql 200 'mutation { createProject(input: { name: "Shop" }) { project { id plan } defaultKey { preview } secret } }'
PROJECT=$(jq -r .data.createProject.project.id <<<"$BODY")

step '3. Create a key with two scopes. Its secret is in this answer and nowhere else, ever.'
gql 200 'mutation ($project: ID!) {
  createApiKey(input: { projectId: $project, name: "web", scopes: ["keys:read", "usage:read"] }) {
    apiKey { id preview } secret
  }
}' "$(jq -n --arg project "$PROJECT" '{project: $project}')"
KEY_ID=$(jq -r .data.createApiKey.apiKey.id <<<"$BODY")
KEY=$(jq -r .data.createApiKey.secret <<<"$BODY")

step '4. Call the API with the key: a key always reads itself through `viewer`.'
TOKEN=$KEY gql 200 '{ viewer { scopes apiKey { name preview rateLimit { perMinute perDay } } project { name } } }'

step '5. Rotate it: the new secret works at once, and the old one is refused (HTTP 401, reason ROTATED).'
# With gracePeriodSeconds the old key keeps working for a while; a key in its grace period counts
# toward the plan's key limit, and this FREE project already holds its 2 keys.
TOKEN=$SESSION gql 200 'mutation ($id: ID!) {
  rotateApiKey(input: { id: $id, gracePeriodSeconds: 0 }) { apiKey { id preview } secret previous { graceEndsAt } }
}' "$(jq -n --arg id "$KEY_ID" '{id: $id}')"
NEW_KEY=$(jq -r .data.rotateApiKey.secret <<<"$BODY")
NEW_KEY_ID=$(jq -r .data.rotateApiKey.apiKey.id <<<"$BODY")
TOKEN=$NEW_KEY gql 200 '{ viewer { apiKey { name preview } } }'
TOKEN=$KEY gql 401 '{ viewer { scopes } }'
[ "$(jq -r '.errors[0].extensions.reason' <<<"$BODY")" = ROTATED ] || { echo 'Expected reason ROTATED.' >&2; exit 1; }

step '6. Deactivate the new key: it is refused on its very next request (HTTP 401, reason DEACTIVATED).'
TOKEN=$SESSION gql 200 'mutation ($id: ID!) { deactivateApiKey(id: $id) { status } }' \
  "$(jq -n --arg id "$NEW_KEY_ID" '{id: $id}')"
TOKEN=$NEW_KEY gql 401 '{ viewer { scopes } }'
[ "$(jq -r '.errors[0].extensions.reason' <<<"$BODY")" = DEACTIVATED ] || { echo 'Expected reason DEACTIVATED.' >&2; exit 1; }

printf '\nDone: project %s, key %s rotated, its old secret refused and its replacement deactivated.\n' "$PROJECT" "$KEY_ID"
