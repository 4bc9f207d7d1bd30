
use builtin;
use str;

set edit:completion:arg-completer[docker-cloud] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'docker-cloud'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'docker-cloud'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -v 'Print the version and exit'
            cand --version 'Print the version and exit'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand action 'Action-related operations'
            cand completion 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
            cand container 'Container-related operations'
            cand event 'Get real time Docker Cloud events'
            cand exec 'Run a command in a running container'
            cand image 'Image-related operations (Tutum API only)'
            cand imagetag 'Image tag-related operations (Tutum API only)'
            cand login 'Check a Docker ID and API key (or password) and store them for later commands'
            cand logout 'Remove the stored credentials of a server and forget it'
            cand man 'Print a manual page (roff), e.g. `docker-cloud man service ps | man -l -`'
            cand node 'Node-related operations'
            cand nodecluster 'Node cluster-related operations'
            cand repository 'Repository-related operations'
            cand run 'Create and run a new service (same as `service run`)'
            cand server 'The servers logged in to: list them, switch between them'
            cand service 'Service-related operations'
            cand stack 'Stack-related operations'
            cand tag 'Tag-related operations'
            cand trigger 'Trigger-related operations'
            cand up 'Create and start a stack from stackfiles (same as `stack up`)'
            cand volume 'Volume-related operations (Tutum API only)'
            cand volumegroup 'Volume group-related operations (Tutum API only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;action'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand cancel 'Cancel an action in Pending or In progress state'
            cand inspect 'Print the detailed information of an action'
            cand logs 'Get the logs of an action'
            cand ls 'List actions'
            cand retry 'Retry an action in Success, Failed or Canceled state'
            cand wait 'Wait until actions reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;action;cancel'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;action;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;action;logs'= {
            cand -t 'Number of lines to show from the end of the logs'
            cand --tail 'Number of lines to show from the end of the logs'
            cand --since 'Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds (among the lines the server sends: the last 300 unless --tail)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -f 'Follow log output until the object ends (or Ctrl-C)'
            cand --follow 'Follow log output until the object ends (or Ctrl-C)'
            cand --timestamps 'Show each line''s time (RFC 3339, UTC) in front of it'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;action;ls'= {
            cand -l 'Show only the last N actions (0 means the default)'
            cand --last 'Show only the last N actions (0 means the default)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only long UUIDs'
            cand --quiet 'Print only long UUIDs'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;action;retry'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;action;wait'= {
            cand --state 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)'
            cand --timeout 'Give up after SECS seconds (exit 3)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;action;help'= {
            cand cancel 'Cancel an action in Pending or In progress state'
            cand inspect 'Print the detailed information of an action'
            cand logs 'Get the logs of an action'
            cand ls 'List actions'
            cand retry 'Retry an action in Success, Failed or Canceled state'
            cand wait 'Wait until actions reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;action;help;cancel'= {
        }
        &'docker-cloud;action;help;inspect'= {
        }
        &'docker-cloud;action;help;logs'= {
        }
        &'docker-cloud;action;help;ls'= {
        }
        &'docker-cloud;action;help;retry'= {
        }
        &'docker-cloud;action;help;wait'= {
        }
        &'docker-cloud;action;help;help'= {
        }
        &'docker-cloud;completion'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand exec 'Run a command in a running container'
            cand inspect 'Print the detailed information of a container'
            cand logs 'Get the logs of a container'
            cand redeploy 'Redeploy a container'
            cand ps 'List containers'
            cand start 'Start a container'
            cand stop 'Stop a container'
            cand terminate 'Terminate a container'
            cand wait 'Wait until containers reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;container;exec'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;logs'= {
            cand -t 'Number of lines to show from the end of the logs'
            cand --tail 'Number of lines to show from the end of the logs'
            cand --since 'Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds (among the lines the server sends: the last 300 unless --tail)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -f 'Follow log output until the object ends (or Ctrl-C)'
            cand --follow 'Follow log output until the object ends (or Ctrl-C)'
            cand --timestamps 'Show each line''s time (RFC 3339, UTC) in front of it'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;redeploy'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --not-reuse-volumes 'Do not reuse the volumes of the old containers'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;ps'= {
            cand -s 'Filter containers by status'
            cand --status 'Filter containers by status'
            cand --service 'Filter containers by service (UUID, short UUID, name or name.stack_name)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only long UUIDs'
            cand --quiet 'Print only long UUIDs'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;start'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;stop'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;terminate'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;wait'= {
            cand --state 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)'
            cand --timeout 'Give up after SECS seconds (exit 3)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;container;help'= {
            cand exec 'Run a command in a running container'
            cand inspect 'Print the detailed information of a container'
            cand logs 'Get the logs of a container'
            cand redeploy 'Redeploy a container'
            cand ps 'List containers'
            cand start 'Start a container'
            cand stop 'Stop a container'
            cand terminate 'Terminate a container'
            cand wait 'Wait until containers reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;container;help;exec'= {
        }
        &'docker-cloud;container;help;inspect'= {
        }
        &'docker-cloud;container;help;logs'= {
        }
        &'docker-cloud;container;help;redeploy'= {
        }
        &'docker-cloud;container;help;ps'= {
        }
        &'docker-cloud;container;help;start'= {
        }
        &'docker-cloud;container;help;stop'= {
        }
        &'docker-cloud;container;help;terminate'= {
        }
        &'docker-cloud;container;help;wait'= {
        }
        &'docker-cloud;container;help;help'= {
        }
        &'docker-cloud;event'= {
            cand --type 'Only events about this type of object (repeatable)'
            cand --object 'Only events about this object or objects under it: a uuid or its start, or with one --type, also a name (or name.stack)'
            cand --state 'Only events whose object is in this state (any case), e.g. Running'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;exec'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;image'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;image;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;image;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;image;help'= {
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;image;help;inspect'= {
        }
        &'docker-cloud;image;help;ls'= {
        }
        &'docker-cloud;image;help;help'= {
        }
        &'docker-cloud;imagetag'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand inspect 'Print the detailed information of image tags'
            cand ls 'List the tags of an image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;imagetag;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;imagetag;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;imagetag;help'= {
            cand inspect 'Print the detailed information of image tags'
            cand ls 'List the tags of an image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;imagetag;help;inspect'= {
        }
        &'docker-cloud;imagetag;help;ls'= {
        }
        &'docker-cloud;imagetag;help;help'= {
        }
        &'docker-cloud;login'= {
            cand -u 'Docker ID (prompted for when missing)'
            cand --username 'Docker ID (prompted for when missing)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --password-stdin 'Read the API key or password from stdin (needs -u)'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;logout'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;man'= {
            cand --out-dir 'Write the page of every command into DIR (docker-cloud.1, docker-cloud-service-ps.1, ...) instead of printing the top-level page'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;node'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand byo 'Instructions on how to bring your own server to Docker Cloud'
            cand inspect 'Print the detailed information of a node'
            cand ls 'List nodes'
            cand rm 'Remove a node'
            cand upgrade 'Upgrade the Docker daemon of a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;node;byo'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;node;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;node;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;node;rm'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;node;upgrade'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;node;help'= {
            cand byo 'Instructions on how to bring your own server to Docker Cloud'
            cand inspect 'Print the detailed information of a node'
            cand ls 'List nodes'
            cand rm 'Remove a node'
            cand upgrade 'Upgrade the Docker daemon of a node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;node;help;byo'= {
        }
        &'docker-cloud;node;help;inspect'= {
        }
        &'docker-cloud;node;help;ls'= {
        }
        &'docker-cloud;node;help;rm'= {
        }
        &'docker-cloud;node;help;upgrade'= {
        }
        &'docker-cloud;node;help;help'= {
        }
        &'docker-cloud;nodecluster'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand az 'List availability zones'
            cand create 'Create a node cluster and deploy it'
            cand inspect 'Print the detailed information of a node cluster'
            cand ls 'List node clusters'
            cand nodetype 'List node types'
            cand provider 'List providers'
            cand region 'List regions'
            cand rm 'Remove a node cluster and its nodes'
            cand scale 'Scale a node cluster'
            cand wait 'Wait until node clusters reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;nodecluster;az'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;create'= {
            cand -t 'Number of nodes to deploy (the server''s default is 1)'
            cand --target-num-nodes 'Number of nodes to deploy (the server''s default is 1)'
            cand --disk 'Disk size of each node in GB (the server''s default is 60)'
            cand --tag 'Deployment tag (repeatable)'
            cand --aws-vpc-id 'AWS: id of the VPC to deploy the nodes in'
            cand --aws-vpc-subnet 'AWS: subnet of the VPC (repeatable; needs --aws-vpc-id)'
            cand --aws-vpc-security-group 'AWS: security group of the VPC (repeatable; needs --aws-vpc-id)'
            cand --aws-iam-instance-profile-name 'AWS: name of the IAM instance profile of the nodes'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;nodetype'= {
            cand -p 'Show only the node types of this provider'
            cand --provider 'Show only the node types of this provider'
            cand -r 'Show only the node types available in this region'
            cand --region 'Show only the node types available in this region'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;provider'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;region'= {
            cand -p 'Show only the regions of this provider'
            cand --provider 'Show only the regions of this provider'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;rm'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;scale'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;wait'= {
            cand --state 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)'
            cand --timeout 'Give up after SECS seconds (exit 3)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;nodecluster;help'= {
            cand az 'List availability zones'
            cand create 'Create a node cluster and deploy it'
            cand inspect 'Print the detailed information of a node cluster'
            cand ls 'List node clusters'
            cand nodetype 'List node types'
            cand provider 'List providers'
            cand region 'List regions'
            cand rm 'Remove a node cluster and its nodes'
            cand scale 'Scale a node cluster'
            cand wait 'Wait until node clusters reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;nodecluster;help;az'= {
        }
        &'docker-cloud;nodecluster;help;create'= {
        }
        &'docker-cloud;nodecluster;help;inspect'= {
        }
        &'docker-cloud;nodecluster;help;ls'= {
        }
        &'docker-cloud;nodecluster;help;nodetype'= {
        }
        &'docker-cloud;nodecluster;help;provider'= {
        }
        &'docker-cloud;nodecluster;help;region'= {
        }
        &'docker-cloud;nodecluster;help;rm'= {
        }
        &'docker-cloud;nodecluster;help;scale'= {
        }
        &'docker-cloud;nodecluster;help;wait'= {
        }
        &'docker-cloud;nodecluster;help;help'= {
        }
        &'docker-cloud;repository'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand inspect 'Print the detailed information of a repository'
            cand ls 'List the registered repositories'
            cand register 'Register a repository of a third-party registry'
            cand rm 'Remove a registered repository'
            cand update 'Update the credentials of registered repositories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;repository;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;repository;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;repository;register'= {
            cand -u 'Username of the registry'
            cand --username 'Username of the registry'
            cand -p 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)'
            cand --password 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --password-stdin 'Read the password from stdin (up to the end of input, without the final newline)'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;repository;rm'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;repository;update'= {
            cand -u 'Username of the registry'
            cand --username 'Username of the registry'
            cand -p 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)'
            cand --password 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --password-stdin 'Read the password from stdin (up to the end of input, without the final newline)'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;repository;help'= {
            cand inspect 'Print the detailed information of a repository'
            cand ls 'List the registered repositories'
            cand register 'Register a repository of a third-party registry'
            cand rm 'Remove a registered repository'
            cand update 'Update the credentials of registered repositories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;repository;help;inspect'= {
        }
        &'docker-cloud;repository;help;ls'= {
        }
        &'docker-cloud;repository;help;register'= {
        }
        &'docker-cloud;repository;help;rm'= {
        }
        &'docker-cloud;repository;help;update'= {
        }
        &'docker-cloud;repository;help;help'= {
        }
        &'docker-cloud;run'= {
            cand -n 'Service name (default: the image name)'
            cand --name 'Service name (default: the image name)'
            cand --cpushares 'Relative CPU weight of the containers'
            cand --memory 'Memory limit in MB'
            cand -t 'Number of containers to run'
            cand --target-num-containers 'Number of containers to run'
            cand -r 'Command run in the containers'
            cand --run-command 'Command run in the containers'
            cand --entrypoint 'Entrypoint of the containers'
            cand -p 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --publish 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --expose 'Expose a port to linked services without publishing it (repeatable)'
            cand -e 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --tag 'Deployment tag (repeatable)'
            cand --link-service 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)'
            cand --autodestroy 'Terminate containers when they stop'
            cand --autorestart 'Restart containers when they stop'
            cand --role 'API role granted to the containers, e.g. global (repeatable)'
            cand -v 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volume 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volumes-from 'Mount the volumes of another service (repeatable)'
            cand --deployment-strategy 'How containers are spread over nodes'
            cand --net 'Network mode'
            cand --pid 'PID mode'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --privileged 'Give the containers extended privileges'
            cand --autoredeploy 'Redeploy when the image is updated'
            cand --sequential 'Deploy containers one by one'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;server'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'List the servers logged in to; `*` marks the one commands use'
            cand use 'Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;server;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;server;use'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;server;help'= {
            cand ls 'List the servers logged in to; `*` marks the one commands use'
            cand use 'Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;server;help;ls'= {
        }
        &'docker-cloud;server;help;use'= {
        }
        &'docker-cloud;server;help;help'= {
        }
        &'docker-cloud;service'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a new service (not started)'
            cand env 'Service environment variables'
            cand inspect 'Print the detailed information of a service'
            cand logs 'Get the logs of a service'
            cand ps 'List services'
            cand redeploy 'Redeploy a running service with a new version or tag'
            cand run 'Create and run a new service'
            cand scale 'Scale a running service'
            cand set 'Change and configure a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a running service'
            cand terminate 'Terminate a service'
            cand wait 'Wait until services reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;service;create'= {
            cand -n 'Service name (default: the image name)'
            cand --name 'Service name (default: the image name)'
            cand --cpushares 'Relative CPU weight of the containers'
            cand --memory 'Memory limit in MB'
            cand -t 'Number of containers to run'
            cand --target-num-containers 'Number of containers to run'
            cand -r 'Command run in the containers'
            cand --run-command 'Command run in the containers'
            cand --entrypoint 'Entrypoint of the containers'
            cand -p 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --publish 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --expose 'Expose a port to linked services without publishing it (repeatable)'
            cand -e 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --tag 'Deployment tag (repeatable)'
            cand --link-service 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)'
            cand --autodestroy 'Terminate containers when they stop'
            cand --autorestart 'Restart containers when they stop'
            cand --role 'API role granted to the containers, e.g. global (repeatable)'
            cand -v 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volume 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volumes-from 'Mount the volumes of another service (repeatable)'
            cand --deployment-strategy 'How containers are spread over nodes'
            cand --net 'Network mode'
            cand --pid 'PID mode'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --privileged 'Give the containers extended privileges'
            cand --autoredeploy 'Redeploy when the image is updated'
            cand --sequential 'Deploy containers one by one'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;env'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add new environment variables'
            cand ls 'List all environment variables of a service'
            cand rm 'Remove environment variables'
            cand set 'Replace all user environment variables'
            cand update 'Update existing environment variables with new values'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;service;env;add'= {
            cand -e 'Environment variable: KEY=VALUE (repeatable)'
            cand --env 'Environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --redeploy 'Redeploy the service after the change'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;env;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only KEY=VALUE lines'
            cand --quiet 'Print only KEY=VALUE lines'
            cand --user 'Show variables defined by the user'
            cand --image 'Show variables defined in the image'
            cand --dockercloud 'Show variables defined by Docker Cloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;env;rm'= {
            cand -n 'Name of the environment variable to remove (repeatable)'
            cand --name 'Name of the environment variable to remove (repeatable)'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --redeploy 'Redeploy the service after the change'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;env;set'= {
            cand -e 'Environment variable: KEY=VALUE (repeatable)'
            cand --env 'Environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --redeploy 'Redeploy the service after the change'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;env;update'= {
            cand -e 'Environment variable: KEY=VALUE (repeatable)'
            cand --env 'Environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --redeploy 'Redeploy the service after the change'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;env;help'= {
            cand add 'Add new environment variables'
            cand ls 'List all environment variables of a service'
            cand rm 'Remove environment variables'
            cand set 'Replace all user environment variables'
            cand update 'Update existing environment variables with new values'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;service;env;help;add'= {
        }
        &'docker-cloud;service;env;help;ls'= {
        }
        &'docker-cloud;service;env;help;rm'= {
        }
        &'docker-cloud;service;env;help;set'= {
        }
        &'docker-cloud;service;env;help;update'= {
        }
        &'docker-cloud;service;env;help;help'= {
        }
        &'docker-cloud;service;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;logs'= {
            cand -t 'Number of lines to show from the end of the logs'
            cand --tail 'Number of lines to show from the end of the logs'
            cand --since 'Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds (among the lines the server sends: the last 300 unless --tail)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -f 'Follow log output until the object ends (or Ctrl-C)'
            cand --follow 'Follow log output until the object ends (or Ctrl-C)'
            cand --timestamps 'Show each line''s time (RFC 3339, UTC) in front of it'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;ps'= {
            cand -s 'Filter services by status'
            cand --status 'Filter services by status'
            cand --stack 'Filter services by stack (UUID, short UUID or name)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only long UUIDs'
            cand --quiet 'Print only long UUIDs'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;redeploy'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --not-reuse-volumes 'Do not reuse the volumes of the old containers'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;run'= {
            cand -n 'Service name (default: the image name)'
            cand --name 'Service name (default: the image name)'
            cand --cpushares 'Relative CPU weight of the containers'
            cand --memory 'Memory limit in MB'
            cand -t 'Number of containers to run'
            cand --target-num-containers 'Number of containers to run'
            cand -r 'Command run in the containers'
            cand --run-command 'Command run in the containers'
            cand --entrypoint 'Entrypoint of the containers'
            cand -p 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --publish 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --expose 'Expose a port to linked services without publishing it (repeatable)'
            cand -e 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --tag 'Deployment tag (repeatable)'
            cand --link-service 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)'
            cand --autodestroy 'Terminate containers when they stop'
            cand --autorestart 'Restart containers when they stop'
            cand --role 'API role granted to the containers, e.g. global (repeatable)'
            cand -v 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volume 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volumes-from 'Mount the volumes of another service (repeatable)'
            cand --deployment-strategy 'How containers are spread over nodes'
            cand --net 'Network mode'
            cand --pid 'PID mode'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --privileged 'Give the containers extended privileges'
            cand --autoredeploy 'Redeploy when the image is updated'
            cand --sequential 'Deploy containers one by one'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;scale'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;set'= {
            cand --image 'New image, e.g. tutum/hello-world:latest'
            cand --cpushares 'Relative CPU weight of the containers'
            cand --memory 'Memory limit in MB'
            cand -t 'Number of containers to run'
            cand --target-num-containers 'Number of containers to run'
            cand -r 'Command run in the containers'
            cand --run-command 'Command run in the containers'
            cand --entrypoint 'Entrypoint of the containers'
            cand -p 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --publish 'Publish a port: [host_port:]container_port[/protocol] (repeatable)'
            cand --expose 'Expose a port to linked services without publishing it (repeatable)'
            cand -e 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env 'Set an environment variable: KEY=VALUE (repeatable)'
            cand --env-file 'Read environment variables from a file (repeatable)'
            cand --tag 'Deployment tag (repeatable)'
            cand --link-service 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)'
            cand --autodestroy 'Terminate containers when they stop'
            cand --autorestart 'Restart containers when they stop'
            cand --role 'API role granted to the containers, e.g. global (repeatable)'
            cand -v 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volume 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)'
            cand --volumes-from 'Mount the volumes of another service (repeatable)'
            cand --deployment-strategy 'How containers are spread over nodes'
            cand --net 'Network mode'
            cand --pid 'PID mode'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --privileged 'Give the containers extended privileges'
            cand --no-privileged 'Remove extended privileges'
            cand --autoredeploy 'Redeploy when the image is updated'
            cand --no-autoredeploy 'Do not redeploy when the image is updated'
            cand --sequential 'Deploy containers one by one'
            cand --no-sequential 'Deploy containers in parallel'
            cand --redeploy 'Redeploy the service after the change'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;start'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;stop'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;terminate'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;wait'= {
            cand --state 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)'
            cand --timeout 'Give up after SECS seconds (exit 3)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;service;help'= {
            cand create 'Create a new service (not started)'
            cand env 'Service environment variables'
            cand inspect 'Print the detailed information of a service'
            cand logs 'Get the logs of a service'
            cand ps 'List services'
            cand redeploy 'Redeploy a running service with a new version or tag'
            cand run 'Create and run a new service'
            cand scale 'Scale a running service'
            cand set 'Change and configure a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a running service'
            cand terminate 'Terminate a service'
            cand wait 'Wait until services reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;service;help;create'= {
        }
        &'docker-cloud;service;help;env'= {
            cand add 'Add new environment variables'
            cand ls 'List all environment variables of a service'
            cand rm 'Remove environment variables'
            cand set 'Replace all user environment variables'
            cand update 'Update existing environment variables with new values'
        }
        &'docker-cloud;service;help;env;add'= {
        }
        &'docker-cloud;service;help;env;ls'= {
        }
        &'docker-cloud;service;help;env;rm'= {
        }
        &'docker-cloud;service;help;env;set'= {
        }
        &'docker-cloud;service;help;env;update'= {
        }
        &'docker-cloud;service;help;inspect'= {
        }
        &'docker-cloud;service;help;logs'= {
        }
        &'docker-cloud;service;help;ps'= {
        }
        &'docker-cloud;service;help;redeploy'= {
        }
        &'docker-cloud;service;help;run'= {
        }
        &'docker-cloud;service;help;scale'= {
        }
        &'docker-cloud;service;help;set'= {
        }
        &'docker-cloud;service;help;start'= {
        }
        &'docker-cloud;service;help;stop'= {
        }
        &'docker-cloud;service;help;terminate'= {
        }
        &'docker-cloud;service;help;wait'= {
        }
        &'docker-cloud;service;help;help'= {
        }
        &'docker-cloud;stack'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a new stack from stackfiles (not started)'
            cand export 'Export a stack as a stackfile'
            cand inspect 'Print the detailed information of a stack'
            cand ls 'List stacks'
            cand redeploy 'Redeploy a running stack'
            cand start 'Start a stack'
            cand stop 'Stop a stack'
            cand terminate 'Terminate a stack'
            cand up 'Create and start a stack from stackfiles'
            cand update 'Update a stack''s services from stackfiles'
            cand wait 'Wait until stacks reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;stack;create'= {
            cand -n 'Stack name (default: the name of the directory holding the first stackfile)'
            cand --name 'Stack name (default: the name of the directory holding the first stackfile)'
            cand -f 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file'
            cand --file 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;export'= {
            cand -f 'Write the stackfile to FILE instead of stdout'
            cand --file 'Write the stackfile to FILE instead of stdout'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only long UUIDs'
            cand --quiet 'Print only long UUIDs'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;redeploy'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --not-reuse-volumes 'Do not reuse the volumes of the old containers'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;start'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;stop'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;terminate'= {
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;up'= {
            cand -n 'Stack name (default: the name of the directory holding the first stackfile)'
            cand --name 'Stack name (default: the name of the directory holding the first stackfile)'
            cand -f 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file'
            cand --file 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;update'= {
            cand -f 'Stackfile to read (repeatable, as for `stack create`)'
            cand --file 'Stackfile to read (repeatable, as for `stack create`)'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;wait'= {
            cand --state 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)'
            cand --timeout 'Give up after SECS seconds (exit 3)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;stack;help'= {
            cand create 'Create a new stack from stackfiles (not started)'
            cand export 'Export a stack as a stackfile'
            cand inspect 'Print the detailed information of a stack'
            cand ls 'List stacks'
            cand redeploy 'Redeploy a running stack'
            cand start 'Start a stack'
            cand stop 'Stop a stack'
            cand terminate 'Terminate a stack'
            cand up 'Create and start a stack from stackfiles'
            cand update 'Update a stack''s services from stackfiles'
            cand wait 'Wait until stacks reach a state'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;stack;help;create'= {
        }
        &'docker-cloud;stack;help;export'= {
        }
        &'docker-cloud;stack;help;inspect'= {
        }
        &'docker-cloud;stack;help;ls'= {
        }
        &'docker-cloud;stack;help;redeploy'= {
        }
        &'docker-cloud;stack;help;start'= {
        }
        &'docker-cloud;stack;help;stop'= {
        }
        &'docker-cloud;stack;help;terminate'= {
        }
        &'docker-cloud;stack;help;up'= {
        }
        &'docker-cloud;stack;help;update'= {
        }
        &'docker-cloud;stack;help;wait'= {
        }
        &'docker-cloud;stack;help;help'= {
        }
        &'docker-cloud;tag'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add tags to services, nodes or node clusters'
            cand ls 'List the tags of services, nodes or node clusters'
            cand rm 'Remove tags from services, nodes or node clusters'
            cand set 'Replace all tags of services, nodes or node clusters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;tag;add'= {
            cand -t 'Tag name (repeatable)'
            cand --tag 'Tag name (repeatable)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;tag;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;tag;rm'= {
            cand -t 'Tag name (repeatable)'
            cand --tag 'Tag name (repeatable)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;tag;set'= {
            cand -t 'Tag name (repeatable)'
            cand --tag 'Tag name (repeatable)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;tag;help'= {
            cand add 'Add tags to services, nodes or node clusters'
            cand ls 'List the tags of services, nodes or node clusters'
            cand rm 'Remove tags from services, nodes or node clusters'
            cand set 'Replace all tags of services, nodes or node clusters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;tag;help;add'= {
        }
        &'docker-cloud;tag;help;ls'= {
        }
        &'docker-cloud;tag;help;rm'= {
        }
        &'docker-cloud;tag;help;set'= {
        }
        &'docker-cloud;tag;help;help'= {
        }
        &'docker-cloud;trigger'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a trigger on a service'
            cand ls 'List the triggers of a service'
            cand rm 'Remove triggers from a service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;trigger;create'= {
            cand -n 'Name of the trigger'
            cand --name 'Name of the trigger'
            cand -o 'What calling the trigger does (the server''s default is REDEPLOY)'
            cand --operation 'What calling the trigger does (the server''s default is REDEPLOY)'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;trigger;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;trigger;rm'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;trigger;help'= {
            cand create 'Create a trigger on a service'
            cand ls 'List the triggers of a service'
            cand rm 'Remove triggers from a service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;trigger;help;create'= {
        }
        &'docker-cloud;trigger;help;ls'= {
        }
        &'docker-cloud;trigger;help;rm'= {
        }
        &'docker-cloud;trigger;help;help'= {
        }
        &'docker-cloud;up'= {
            cand -n 'Stack name (default: the name of the directory holding the first stackfile)'
            cand --name 'Stack name (default: the name of the directory holding the first stackfile)'
            cand -f 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file'
            cand --file 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file'
            cand --timeout 'With --sync: give up waiting after SECS seconds'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --sync 'Block until the asynchronous operation has finished'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;volume'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;volume;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;volume;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;volume;help'= {
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;volume;help;inspect'= {
        }
        &'docker-cloud;volume;help;ls'= {
        }
        &'docker-cloud;volume;help;help'= {
        }
        &'docker-cloud;volumegroup'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;volumegroup;inspect'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;volumegroup;ls'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line'
            cand --namespace 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE'
            cand --api 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud'
            cand -q 'Print only the identifying value of each row'
            cand --quiet 'Print only the identifying value of each row'
            cand --json 'Print JSON: lists as one array, objects and results of operations as objects'
            cand -y 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --yes 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)'
            cand --debug 'Trace every HTTP request and response on stderr (credentials redacted)'
            cand --no-trunc 'Never cut table cells to the terminal''s width, and show uuids whole'
            cand --insecure-http 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'docker-cloud;volumegroup;help'= {
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;volumegroup;help;inspect'= {
        }
        &'docker-cloud;volumegroup;help;ls'= {
        }
        &'docker-cloud;volumegroup;help;help'= {
        }
        &'docker-cloud;help'= {
            cand action 'Action-related operations'
            cand completion 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
            cand container 'Container-related operations'
            cand event 'Get real time Docker Cloud events'
            cand exec 'Run a command in a running container'
            cand image 'Image-related operations (Tutum API only)'
            cand imagetag 'Image tag-related operations (Tutum API only)'
            cand login 'Check a Docker ID and API key (or password) and store them for later commands'
            cand logout 'Remove the stored credentials of a server and forget it'
            cand man 'Print a manual page (roff), e.g. `docker-cloud man service ps | man -l -`'
            cand node 'Node-related operations'
            cand nodecluster 'Node cluster-related operations'
            cand repository 'Repository-related operations'
            cand run 'Create and run a new service (same as `service run`)'
            cand server 'The servers logged in to: list them, switch between them'
            cand service 'Service-related operations'
            cand stack 'Stack-related operations'
            cand tag 'Tag-related operations'
            cand trigger 'Trigger-related operations'
            cand up 'Create and start a stack from stackfiles (same as `stack up`)'
            cand volume 'Volume-related operations (Tutum API only)'
            cand volumegroup 'Volume group-related operations (Tutum API only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'docker-cloud;help;action'= {
            cand cancel 'Cancel an action in Pending or In progress state'
            cand inspect 'Print the detailed information of an action'
            cand logs 'Get the logs of an action'
            cand ls 'List actions'
            cand retry 'Retry an action in Success, Failed or Canceled state'
            cand wait 'Wait until actions reach a state'
        }
        &'docker-cloud;help;action;cancel'= {
        }
        &'docker-cloud;help;action;inspect'= {
        }
        &'docker-cloud;help;action;logs'= {
        }
        &'docker-cloud;help;action;ls'= {
        }
        &'docker-cloud;help;action;retry'= {
        }
        &'docker-cloud;help;action;wait'= {
        }
        &'docker-cloud;help;completion'= {
        }
        &'docker-cloud;help;container'= {
            cand exec 'Run a command in a running container'
            cand inspect 'Print the detailed information of a container'
            cand logs 'Get the logs of a container'
            cand redeploy 'Redeploy a container'
            cand ps 'List containers'
            cand start 'Start a container'
            cand stop 'Stop a container'
            cand terminate 'Terminate a container'
            cand wait 'Wait until containers reach a state'
        }
        &'docker-cloud;help;container;exec'= {
        }
        &'docker-cloud;help;container;inspect'= {
        }
        &'docker-cloud;help;container;logs'= {
        }
        &'docker-cloud;help;container;redeploy'= {
        }
        &'docker-cloud;help;container;ps'= {
        }
        &'docker-cloud;help;container;start'= {
        }
        &'docker-cloud;help;container;stop'= {
        }
        &'docker-cloud;help;container;terminate'= {
        }
        &'docker-cloud;help;container;wait'= {
        }
        &'docker-cloud;help;event'= {
        }
        &'docker-cloud;help;exec'= {
        }
        &'docker-cloud;help;image'= {
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
        }
        &'docker-cloud;help;image;inspect'= {
        }
        &'docker-cloud;help;image;ls'= {
        }
        &'docker-cloud;help;imagetag'= {
            cand inspect 'Print the detailed information of image tags'
            cand ls 'List the tags of an image'
        }
        &'docker-cloud;help;imagetag;inspect'= {
        }
        &'docker-cloud;help;imagetag;ls'= {
        }
        &'docker-cloud;help;login'= {
        }
        &'docker-cloud;help;logout'= {
        }
        &'docker-cloud;help;man'= {
        }
        &'docker-cloud;help;node'= {
            cand byo 'Instructions on how to bring your own server to Docker Cloud'
            cand inspect 'Print the detailed information of a node'
            cand ls 'List nodes'
            cand rm 'Remove a node'
            cand upgrade 'Upgrade the Docker daemon of a node'
        }
        &'docker-cloud;help;node;byo'= {
        }
        &'docker-cloud;help;node;inspect'= {
        }
        &'docker-cloud;help;node;ls'= {
        }
        &'docker-cloud;help;node;rm'= {
        }
        &'docker-cloud;help;node;upgrade'= {
        }
        &'docker-cloud;help;nodecluster'= {
            cand az 'List availability zones'
            cand create 'Create a node cluster and deploy it'
            cand inspect 'Print the detailed information of a node cluster'
            cand ls 'List node clusters'
            cand nodetype 'List node types'
            cand provider 'List providers'
            cand region 'List regions'
            cand rm 'Remove a node cluster and its nodes'
            cand scale 'Scale a node cluster'
            cand wait 'Wait until node clusters reach a state'
        }
        &'docker-cloud;help;nodecluster;az'= {
        }
        &'docker-cloud;help;nodecluster;create'= {
        }
        &'docker-cloud;help;nodecluster;inspect'= {
        }
        &'docker-cloud;help;nodecluster;ls'= {
        }
        &'docker-cloud;help;nodecluster;nodetype'= {
        }
        &'docker-cloud;help;nodecluster;provider'= {
        }
        &'docker-cloud;help;nodecluster;region'= {
        }
        &'docker-cloud;help;nodecluster;rm'= {
        }
        &'docker-cloud;help;nodecluster;scale'= {
        }
        &'docker-cloud;help;nodecluster;wait'= {
        }
        &'docker-cloud;help;repository'= {
            cand inspect 'Print the detailed information of a repository'
            cand ls 'List the registered repositories'
            cand register 'Register a repository of a third-party registry'
            cand rm 'Remove a registered repository'
            cand update 'Update the credentials of registered repositories'
        }
        &'docker-cloud;help;repository;inspect'= {
        }
        &'docker-cloud;help;repository;ls'= {
        }
        &'docker-cloud;help;repository;register'= {
        }
        &'docker-cloud;help;repository;rm'= {
        }
        &'docker-cloud;help;repository;update'= {
        }
        &'docker-cloud;help;run'= {
        }
        &'docker-cloud;help;server'= {
            cand ls 'List the servers logged in to; `*` marks the one commands use'
            cand use 'Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)'
        }
        &'docker-cloud;help;server;ls'= {
        }
        &'docker-cloud;help;server;use'= {
        }
        &'docker-cloud;help;service'= {
            cand create 'Create a new service (not started)'
            cand env 'Service environment variables'
            cand inspect 'Print the detailed information of a service'
            cand logs 'Get the logs of a service'
            cand ps 'List services'
            cand redeploy 'Redeploy a running service with a new version or tag'
            cand run 'Create and run a new service'
            cand scale 'Scale a running service'
            cand set 'Change and configure a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a running service'
            cand terminate 'Terminate a service'
            cand wait 'Wait until services reach a state'
        }
        &'docker-cloud;help;service;create'= {
        }
        &'docker-cloud;help;service;env'= {
            cand add 'Add new environment variables'
            cand ls 'List all environment variables of a service'
            cand rm 'Remove environment variables'
            cand set 'Replace all user environment variables'
            cand update 'Update existing environment variables with new values'
        }
        &'docker-cloud;help;service;env;add'= {
        }
        &'docker-cloud;help;service;env;ls'= {
        }
        &'docker-cloud;help;service;env;rm'= {
        }
        &'docker-cloud;help;service;env;set'= {
        }
        &'docker-cloud;help;service;env;update'= {
        }
        &'docker-cloud;help;service;inspect'= {
        }
        &'docker-cloud;help;service;logs'= {
        }
        &'docker-cloud;help;service;ps'= {
        }
        &'docker-cloud;help;service;redeploy'= {
        }
        &'docker-cloud;help;service;run'= {
        }
        &'docker-cloud;help;service;scale'= {
        }
        &'docker-cloud;help;service;set'= {
        }
        &'docker-cloud;help;service;start'= {
        }
        &'docker-cloud;help;service;stop'= {
        }
        &'docker-cloud;help;service;terminate'= {
        }
        &'docker-cloud;help;service;wait'= {
        }
        &'docker-cloud;help;stack'= {
            cand create 'Create a new stack from stackfiles (not started)'
            cand export 'Export a stack as a stackfile'
            cand inspect 'Print the detailed information of a stack'
            cand ls 'List stacks'
            cand redeploy 'Redeploy a running stack'
            cand start 'Start a stack'
            cand stop 'Stop a stack'
            cand terminate 'Terminate a stack'
            cand up 'Create and start a stack from stackfiles'
            cand update 'Update a stack''s services from stackfiles'
            cand wait 'Wait until stacks reach a state'
        }
        &'docker-cloud;help;stack;create'= {
        }
        &'docker-cloud;help;stack;export'= {
        }
        &'docker-cloud;help;stack;inspect'= {
        }
        &'docker-cloud;help;stack;ls'= {
        }
        &'docker-cloud;help;stack;redeploy'= {
        }
        &'docker-cloud;help;stack;start'= {
        }
        &'docker-cloud;help;stack;stop'= {
        }
        &'docker-cloud;help;stack;terminate'= {
        }
        &'docker-cloud;help;stack;up'= {
        }
        &'docker-cloud;help;stack;update'= {
        }
        &'docker-cloud;help;stack;wait'= {
        }
        &'docker-cloud;help;tag'= {
            cand add 'Add tags to services, nodes or node clusters'
            cand ls 'List the tags of services, nodes or node clusters'
            cand rm 'Remove tags from services, nodes or node clusters'
            cand set 'Replace all tags of services, nodes or node clusters'
        }
        &'docker-cloud;help;tag;add'= {
        }
        &'docker-cloud;help;tag;ls'= {
        }
        &'docker-cloud;help;tag;rm'= {
        }
        &'docker-cloud;help;tag;set'= {
        }
        &'docker-cloud;help;trigger'= {
            cand create 'Create a trigger on a service'
            cand ls 'List the triggers of a service'
            cand rm 'Remove triggers from a service'
        }
        &'docker-cloud;help;trigger;create'= {
        }
        &'docker-cloud;help;trigger;ls'= {
        }
        &'docker-cloud;help;trigger;rm'= {
        }
        &'docker-cloud;help;up'= {
        }
        &'docker-cloud;help;volume'= {
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
        }
        &'docker-cloud;help;volume;inspect'= {
        }
        &'docker-cloud;help;volume;ls'= {
        }
        &'docker-cloud;help;volumegroup'= {
            cand inspect 'Print the detailed information of the given objects'
            cand ls 'List them'
        }
        &'docker-cloud;help;volumegroup;inspect'= {
        }
        &'docker-cloud;help;volumegroup;ls'= {
        }
        &'docker-cloud;help;help'= {
        }
    ]
    $completions[$command]
}
