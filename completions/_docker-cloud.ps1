
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'docker-cloud' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'docker-cloud'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'docker-cloud' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print the version and exit')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version and exit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Action-related operations')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Container-related operations')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Get real time Docker Cloud events')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running container')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image-related operations (Tutum API only)')
            [CompletionResult]::new('imagetag', 'imagetag', [CompletionResultType]::ParameterValue, 'Image tag-related operations (Tutum API only)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a Docker ID and API key (or password) and store them for later commands')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored credentials of a server and forget it')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff), e.g. `docker-cloud man service ps | man -l -`')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Node-related operations')
            [CompletionResult]::new('nodecluster', 'nodecluster', [CompletionResultType]::ParameterValue, 'Node cluster-related operations')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Repository-related operations')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new service (same as `service run`)')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The servers logged in to: list them, switch between them')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Service-related operations')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'Stack-related operations')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tag-related operations')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Trigger-related operations')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Create and start a stack from stackfiles (same as `stack up`)')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Volume-related operations (Tutum API only)')
            [CompletionResult]::new('volumegroup', 'volumegroup', [CompletionResultType]::ParameterValue, 'Volume group-related operations (Tutum API only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;action' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an action in Pending or In progress state')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of an action')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of an action')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List actions')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry an action in Success, Failed or Canceled state')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until actions reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;action;cancel' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;action;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;action;logs' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds (among the lines the server sends: the last 300 unless --tail)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Follow log output until the object ends (or Ctrl-C)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow log output until the object ends (or Ctrl-C)')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Show each line''s time (RFC 3339, UTC) in front of it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;action;ls' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show only the last N actions (0 means the default)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Show only the last N actions (0 means the default)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;action;retry' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;action;wait' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS seconds (exit 3)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;action;help' {
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an action in Pending or In progress state')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of an action')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of an action')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List actions')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry an action in Success, Failed or Canceled state')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until actions reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;action;help;cancel' {
            break
        }
        'docker-cloud;action;help;inspect' {
            break
        }
        'docker-cloud;action;help;logs' {
            break
        }
        'docker-cloud;action;help;ls' {
            break
        }
        'docker-cloud;action;help;retry' {
            break
        }
        'docker-cloud;action;help;wait' {
            break
        }
        'docker-cloud;action;help;help' {
            break
        }
        'docker-cloud;completion' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running container')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a container')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of a container')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a container')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a container')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a container')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a container')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until containers reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;container;exec' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;logs' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds (among the lines the server sends: the last 300 unless --tail)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Follow log output until the object ends (or Ctrl-C)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow log output until the object ends (or Ctrl-C)')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Show each line''s time (RFC 3339, UTC) in front of it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;redeploy' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--not-reuse-volumes', '--not-reuse-volumes', [CompletionResultType]::ParameterName, 'Do not reuse the volumes of the old containers')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;ps' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Filter containers by status')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Filter containers by status')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Filter containers by service (UUID, short UUID, name or name.stack_name)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;start' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;stop' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;terminate' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;wait' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS seconds (exit 3)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;container;help' {
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running container')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a container')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of a container')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a container')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a container')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a container')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a container')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until containers reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;container;help;exec' {
            break
        }
        'docker-cloud;container;help;inspect' {
            break
        }
        'docker-cloud;container;help;logs' {
            break
        }
        'docker-cloud;container;help;redeploy' {
            break
        }
        'docker-cloud;container;help;ps' {
            break
        }
        'docker-cloud;container;help;start' {
            break
        }
        'docker-cloud;container;help;stop' {
            break
        }
        'docker-cloud;container;help;terminate' {
            break
        }
        'docker-cloud;container;help;wait' {
            break
        }
        'docker-cloud;container;help;help' {
            break
        }
        'docker-cloud;event' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only events about this type of object (repeatable)')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'Only events about this object or objects under it: a uuid or its start, or with one --type, also a name (or name.stack)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only events whose object is in this state (any case), e.g. Running')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;exec' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;image' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;image;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;image;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;image;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;image;help;inspect' {
            break
        }
        'docker-cloud;image;help;ls' {
            break
        }
        'docker-cloud;image;help;help' {
            break
        }
        'docker-cloud;imagetag' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of image tags')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tags of an image')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;imagetag;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;imagetag;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;imagetag;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of image tags')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tags of an image')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;imagetag;help;inspect' {
            break
        }
        'docker-cloud;imagetag;help;ls' {
            break
        }
        'docker-cloud;imagetag;help;help' {
            break
        }
        'docker-cloud;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Docker ID (prompted for when missing)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Docker ID (prompted for when missing)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the API key or password from stdin (needs -u)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;logout' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write the page of every command into DIR (docker-cloud.1, docker-cloud-service-ps.1, ...) instead of printing the top-level page')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;node' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('byo', 'byo', [CompletionResultType]::ParameterValue, 'Instructions on how to bring your own server to Docker Cloud')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a node')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List nodes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a node')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade the Docker daemon of a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;node;byo' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;node;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;node;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;node;rm' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;node;upgrade' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;node;help' {
            [CompletionResult]::new('byo', 'byo', [CompletionResultType]::ParameterValue, 'Instructions on how to bring your own server to Docker Cloud')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a node')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List nodes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a node')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade the Docker daemon of a node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;node;help;byo' {
            break
        }
        'docker-cloud;node;help;inspect' {
            break
        }
        'docker-cloud;node;help;ls' {
            break
        }
        'docker-cloud;node;help;rm' {
            break
        }
        'docker-cloud;node;help;upgrade' {
            break
        }
        'docker-cloud;node;help;help' {
            break
        }
        'docker-cloud;nodecluster' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('az', 'az', [CompletionResultType]::ParameterValue, 'List availability zones')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node cluster and deploy it')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a node cluster')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List node clusters')
            [CompletionResult]::new('nodetype', 'nodetype', [CompletionResultType]::ParameterValue, 'List node types')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'List providers')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'List regions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a node cluster and its nodes')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale a node cluster')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until node clusters reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;nodecluster;az' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;create' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of nodes to deploy (the server''s default is 1)')
            [CompletionResult]::new('--target-num-nodes', '--target-num-nodes', [CompletionResultType]::ParameterName, 'Number of nodes to deploy (the server''s default is 1)')
            [CompletionResult]::new('--disk', '--disk', [CompletionResultType]::ParameterName, 'Disk size of each node in GB (the server''s default is 60)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Deployment tag (repeatable)')
            [CompletionResult]::new('--aws-vpc-id', '--aws-vpc-id', [CompletionResultType]::ParameterName, 'AWS: id of the VPC to deploy the nodes in')
            [CompletionResult]::new('--aws-vpc-subnet', '--aws-vpc-subnet', [CompletionResultType]::ParameterName, 'AWS: subnet of the VPC (repeatable; needs --aws-vpc-id)')
            [CompletionResult]::new('--aws-vpc-security-group', '--aws-vpc-security-group', [CompletionResultType]::ParameterName, 'AWS: security group of the VPC (repeatable; needs --aws-vpc-id)')
            [CompletionResult]::new('--aws-iam-instance-profile-name', '--aws-iam-instance-profile-name', [CompletionResultType]::ParameterName, 'AWS: name of the IAM instance profile of the nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;nodetype' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Show only the node types of this provider')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Show only the node types of this provider')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Show only the node types available in this region')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Show only the node types available in this region')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;provider' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;region' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Show only the regions of this provider')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Show only the regions of this provider')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;rm' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;scale' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;wait' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS seconds (exit 3)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;nodecluster;help' {
            [CompletionResult]::new('az', 'az', [CompletionResultType]::ParameterValue, 'List availability zones')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node cluster and deploy it')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a node cluster')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List node clusters')
            [CompletionResult]::new('nodetype', 'nodetype', [CompletionResultType]::ParameterValue, 'List node types')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'List providers')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'List regions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a node cluster and its nodes')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale a node cluster')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until node clusters reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;nodecluster;help;az' {
            break
        }
        'docker-cloud;nodecluster;help;create' {
            break
        }
        'docker-cloud;nodecluster;help;inspect' {
            break
        }
        'docker-cloud;nodecluster;help;ls' {
            break
        }
        'docker-cloud;nodecluster;help;nodetype' {
            break
        }
        'docker-cloud;nodecluster;help;provider' {
            break
        }
        'docker-cloud;nodecluster;help;region' {
            break
        }
        'docker-cloud;nodecluster;help;rm' {
            break
        }
        'docker-cloud;nodecluster;help;scale' {
            break
        }
        'docker-cloud;nodecluster;help;wait' {
            break
        }
        'docker-cloud;nodecluster;help;help' {
            break
        }
        'docker-cloud;repository' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a repository')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the registered repositories')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a repository of a third-party registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a registered repository')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update the credentials of registered repositories')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;repository;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;repository;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;repository;register' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username of the registry')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the registry')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (up to the end of input, without the final newline)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;repository;rm' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;repository;update' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username of the registry')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username of the registry')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (up to the end of input, without the final newline)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;repository;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a repository')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the registered repositories')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a repository of a third-party registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a registered repository')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update the credentials of registered repositories')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;repository;help;inspect' {
            break
        }
        'docker-cloud;repository;help;ls' {
            break
        }
        'docker-cloud;repository;help;register' {
            break
        }
        'docker-cloud;repository;help;rm' {
            break
        }
        'docker-cloud;repository;help;update' {
            break
        }
        'docker-cloud;repository;help;help' {
            break
        }
        'docker-cloud;run' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Service name (default: the image name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Service name (default: the image name)')
            [CompletionResult]::new('--cpushares', '--cpushares', [CompletionResultType]::ParameterName, 'Relative CPU weight of the containers')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit in MB')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('--target-num-containers', '--target-num-containers', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--run-command', '--run-command', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Entrypoint of the containers')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port to linked services without publishing it (repeatable)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Deployment tag (repeatable)')
            [CompletionResult]::new('--link-service', '--link-service', [CompletionResultType]::ParameterName, 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)')
            [CompletionResult]::new('--autodestroy', '--autodestroy', [CompletionResultType]::ParameterName, 'Terminate containers when they stop')
            [CompletionResult]::new('--autorestart', '--autorestart', [CompletionResultType]::ParameterName, 'Restart containers when they stop')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'API role granted to the containers, e.g. global (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount the volumes of another service (repeatable)')
            [CompletionResult]::new('--deployment-strategy', '--deployment-strategy', [CompletionResultType]::ParameterName, 'How containers are spread over nodes')
            [CompletionResult]::new('--net', '--net', [CompletionResultType]::ParameterName, 'Network mode')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID mode')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give the containers extended privileges')
            [CompletionResult]::new('--autoredeploy', '--autoredeploy', [CompletionResultType]::ParameterName, 'Redeploy when the image is updated')
            [CompletionResult]::new('--sequential', '--sequential', [CompletionResultType]::ParameterName, 'Deploy containers one by one')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;server' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the servers logged in to; `*` marks the one commands use')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;server;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;server;use' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;server;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the servers logged in to; `*` marks the one commands use')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;server;help;ls' {
            break
        }
        'docker-cloud;server;help;use' {
            break
        }
        'docker-cloud;server;help;help' {
            break
        }
        'docker-cloud;service' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new service (not started)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Service environment variables')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a service')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of a service')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a running service with a new version or tag')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale a running service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change and configure a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running service')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a service')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until services reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;service;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Service name (default: the image name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Service name (default: the image name)')
            [CompletionResult]::new('--cpushares', '--cpushares', [CompletionResultType]::ParameterName, 'Relative CPU weight of the containers')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit in MB')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('--target-num-containers', '--target-num-containers', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--run-command', '--run-command', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Entrypoint of the containers')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port to linked services without publishing it (repeatable)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Deployment tag (repeatable)')
            [CompletionResult]::new('--link-service', '--link-service', [CompletionResultType]::ParameterName, 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)')
            [CompletionResult]::new('--autodestroy', '--autodestroy', [CompletionResultType]::ParameterName, 'Terminate containers when they stop')
            [CompletionResult]::new('--autorestart', '--autorestart', [CompletionResultType]::ParameterName, 'Restart containers when they stop')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'API role granted to the containers, e.g. global (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount the volumes of another service (repeatable)')
            [CompletionResult]::new('--deployment-strategy', '--deployment-strategy', [CompletionResultType]::ParameterName, 'How containers are spread over nodes')
            [CompletionResult]::new('--net', '--net', [CompletionResultType]::ParameterName, 'Network mode')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID mode')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give the containers extended privileges')
            [CompletionResult]::new('--autoredeploy', '--autoredeploy', [CompletionResultType]::ParameterName, 'Redeploy when the image is updated')
            [CompletionResult]::new('--sequential', '--sequential', [CompletionResultType]::ParameterName, 'Deploy containers one by one')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;env' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add new environment variables')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List all environment variables of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove environment variables')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all user environment variables')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update existing environment variables with new values')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;service;env;add' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--redeploy', '--redeploy', [CompletionResultType]::ParameterName, 'Redeploy the service after the change')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;env;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only KEY=VALUE lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only KEY=VALUE lines')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Show variables defined by the user')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Show variables defined in the image')
            [CompletionResult]::new('--dockercloud', '--dockercloud', [CompletionResultType]::ParameterName, 'Show variables defined by Docker Cloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;env;rm' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the environment variable to remove (repeatable)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the environment variable to remove (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--redeploy', '--redeploy', [CompletionResultType]::ParameterName, 'Redeploy the service after the change')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;env;set' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--redeploy', '--redeploy', [CompletionResultType]::ParameterName, 'Redeploy the service after the change')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;env;update' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--redeploy', '--redeploy', [CompletionResultType]::ParameterName, 'Redeploy the service after the change')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;env;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add new environment variables')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List all environment variables of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove environment variables')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all user environment variables')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update existing environment variables with new values')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;service;env;help;add' {
            break
        }
        'docker-cloud;service;env;help;ls' {
            break
        }
        'docker-cloud;service;env;help;rm' {
            break
        }
        'docker-cloud;service;env;help;set' {
            break
        }
        'docker-cloud;service;env;help;update' {
            break
        }
        'docker-cloud;service;env;help;help' {
            break
        }
        'docker-cloud;service;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;logs' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds (among the lines the server sends: the last 300 unless --tail)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Follow log output until the object ends (or Ctrl-C)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow log output until the object ends (or Ctrl-C)')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Show each line''s time (RFC 3339, UTC) in front of it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;ps' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Filter services by status')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Filter services by status')
            [CompletionResult]::new('--stack', '--stack', [CompletionResultType]::ParameterName, 'Filter services by stack (UUID, short UUID or name)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;redeploy' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--not-reuse-volumes', '--not-reuse-volumes', [CompletionResultType]::ParameterName, 'Do not reuse the volumes of the old containers')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;run' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Service name (default: the image name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Service name (default: the image name)')
            [CompletionResult]::new('--cpushares', '--cpushares', [CompletionResultType]::ParameterName, 'Relative CPU weight of the containers')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit in MB')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('--target-num-containers', '--target-num-containers', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--run-command', '--run-command', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Entrypoint of the containers')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port to linked services without publishing it (repeatable)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Deployment tag (repeatable)')
            [CompletionResult]::new('--link-service', '--link-service', [CompletionResultType]::ParameterName, 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)')
            [CompletionResult]::new('--autodestroy', '--autodestroy', [CompletionResultType]::ParameterName, 'Terminate containers when they stop')
            [CompletionResult]::new('--autorestart', '--autorestart', [CompletionResultType]::ParameterName, 'Restart containers when they stop')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'API role granted to the containers, e.g. global (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount the volumes of another service (repeatable)')
            [CompletionResult]::new('--deployment-strategy', '--deployment-strategy', [CompletionResultType]::ParameterName, 'How containers are spread over nodes')
            [CompletionResult]::new('--net', '--net', [CompletionResultType]::ParameterName, 'Network mode')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID mode')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give the containers extended privileges')
            [CompletionResult]::new('--autoredeploy', '--autoredeploy', [CompletionResultType]::ParameterName, 'Redeploy when the image is updated')
            [CompletionResult]::new('--sequential', '--sequential', [CompletionResultType]::ParameterName, 'Deploy containers one by one')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;scale' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;set' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'New image, e.g. tutum/hello-world:latest')
            [CompletionResult]::new('--cpushares', '--cpushares', [CompletionResultType]::ParameterName, 'Relative CPU weight of the containers')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit in MB')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('--target-num-containers', '--target-num-containers', [CompletionResultType]::ParameterName, 'Number of containers to run')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--run-command', '--run-command', [CompletionResultType]::ParameterName, 'Command run in the containers')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Entrypoint of the containers')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a port: [host_port:]container_port[/protocol] (repeatable)')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port to linked services without publishing it (repeatable)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set an environment variable: KEY=VALUE (repeatable)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read environment variables from a file (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Deployment tag (repeatable)')
            [CompletionResult]::new('--link-service', '--link-service', [CompletionResultType]::ParameterName, 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)')
            [CompletionResult]::new('--autodestroy', '--autodestroy', [CompletionResultType]::ParameterName, 'Terminate containers when they stop')
            [CompletionResult]::new('--autorestart', '--autorestart', [CompletionResultType]::ParameterName, 'Restart containers when they stop')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'API role granted to the containers, e.g. global (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount the volumes of another service (repeatable)')
            [CompletionResult]::new('--deployment-strategy', '--deployment-strategy', [CompletionResultType]::ParameterName, 'How containers are spread over nodes')
            [CompletionResult]::new('--net', '--net', [CompletionResultType]::ParameterName, 'Network mode')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID mode')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give the containers extended privileges')
            [CompletionResult]::new('--no-privileged', '--no-privileged', [CompletionResultType]::ParameterName, 'Remove extended privileges')
            [CompletionResult]::new('--autoredeploy', '--autoredeploy', [CompletionResultType]::ParameterName, 'Redeploy when the image is updated')
            [CompletionResult]::new('--no-autoredeploy', '--no-autoredeploy', [CompletionResultType]::ParameterName, 'Do not redeploy when the image is updated')
            [CompletionResult]::new('--sequential', '--sequential', [CompletionResultType]::ParameterName, 'Deploy containers one by one')
            [CompletionResult]::new('--no-sequential', '--no-sequential', [CompletionResultType]::ParameterName, 'Deploy containers in parallel')
            [CompletionResult]::new('--redeploy', '--redeploy', [CompletionResultType]::ParameterName, 'Redeploy the service after the change')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;start' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;stop' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;terminate' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;wait' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS seconds (exit 3)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;service;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new service (not started)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Service environment variables')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a service')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of a service')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a running service with a new version or tag')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale a running service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change and configure a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running service')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a service')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until services reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;service;help;create' {
            break
        }
        'docker-cloud;service;help;env' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add new environment variables')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List all environment variables of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove environment variables')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all user environment variables')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update existing environment variables with new values')
            break
        }
        'docker-cloud;service;help;env;add' {
            break
        }
        'docker-cloud;service;help;env;ls' {
            break
        }
        'docker-cloud;service;help;env;rm' {
            break
        }
        'docker-cloud;service;help;env;set' {
            break
        }
        'docker-cloud;service;help;env;update' {
            break
        }
        'docker-cloud;service;help;inspect' {
            break
        }
        'docker-cloud;service;help;logs' {
            break
        }
        'docker-cloud;service;help;ps' {
            break
        }
        'docker-cloud;service;help;redeploy' {
            break
        }
        'docker-cloud;service;help;run' {
            break
        }
        'docker-cloud;service;help;scale' {
            break
        }
        'docker-cloud;service;help;set' {
            break
        }
        'docker-cloud;service;help;start' {
            break
        }
        'docker-cloud;service;help;stop' {
            break
        }
        'docker-cloud;service;help;terminate' {
            break
        }
        'docker-cloud;service;help;wait' {
            break
        }
        'docker-cloud;service;help;help' {
            break
        }
        'docker-cloud;stack' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new stack from stackfiles (not started)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a stack as a stackfile')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a stack')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List stacks')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a running stack')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stack')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a stack')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a stack')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Create and start a stack from stackfiles')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a stack''s services from stackfiles')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until stacks reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;stack;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Stack name (default: the name of the directory holding the first stackfile)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Stack name (default: the name of the directory holding the first stackfile)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;export' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Write the stackfile to FILE instead of stdout')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write the stackfile to FILE instead of stdout')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only long UUIDs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;redeploy' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--not-reuse-volumes', '--not-reuse-volumes', [CompletionResultType]::ParameterName, 'Do not reuse the volumes of the old containers')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;start' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;stop' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;terminate' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;up' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Stack name (default: the name of the directory holding the first stackfile)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Stack name (default: the name of the directory holding the first stackfile)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable, as for `stack create`)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable, as for `stack create`)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;wait' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after SECS seconds (exit 3)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;stack;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new stack from stackfiles (not started)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a stack as a stackfile')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a stack')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List stacks')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a running stack')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stack')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a stack')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a stack')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Create and start a stack from stackfiles')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a stack''s services from stackfiles')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until stacks reach a state')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;stack;help;create' {
            break
        }
        'docker-cloud;stack;help;export' {
            break
        }
        'docker-cloud;stack;help;inspect' {
            break
        }
        'docker-cloud;stack;help;ls' {
            break
        }
        'docker-cloud;stack;help;redeploy' {
            break
        }
        'docker-cloud;stack;help;start' {
            break
        }
        'docker-cloud;stack;help;stop' {
            break
        }
        'docker-cloud;stack;help;terminate' {
            break
        }
        'docker-cloud;stack;help;up' {
            break
        }
        'docker-cloud;stack;help;update' {
            break
        }
        'docker-cloud;stack;help;wait' {
            break
        }
        'docker-cloud;stack;help;help' {
            break
        }
        'docker-cloud;tag' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to services, nodes or node clusters')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tags of services, nodes or node clusters')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from services, nodes or node clusters')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all tags of services, nodes or node clusters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;tag;add' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag name (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag name (repeatable)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;tag;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;tag;rm' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag name (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag name (repeatable)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;tag;set' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag name (repeatable)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag name (repeatable)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;tag;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to services, nodes or node clusters')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tags of services, nodes or node clusters')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from services, nodes or node clusters')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all tags of services, nodes or node clusters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;tag;help;add' {
            break
        }
        'docker-cloud;tag;help;ls' {
            break
        }
        'docker-cloud;tag;help;rm' {
            break
        }
        'docker-cloud;tag;help;set' {
            break
        }
        'docker-cloud;tag;help;help' {
            break
        }
        'docker-cloud;trigger' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trigger on a service')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the triggers of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove triggers from a service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;trigger;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the trigger')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the trigger')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'What calling the trigger does (the server''s default is REDEPLOY)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'What calling the trigger does (the server''s default is REDEPLOY)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;trigger;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;trigger;rm' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;trigger;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trigger on a service')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the triggers of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove triggers from a service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;trigger;help;create' {
            break
        }
        'docker-cloud;trigger;help;ls' {
            break
        }
        'docker-cloud;trigger;help;rm' {
            break
        }
        'docker-cloud;trigger;help;help' {
            break
        }
        'docker-cloud;up' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Stack name (default: the name of the directory holding the first stackfile)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Stack name (default: the name of the directory holding the first stackfile)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --sync: give up waiting after SECS seconds')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Block until the asynchronous operation has finished')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;volume' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;volume;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;volume;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;volume;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;volume;help;inspect' {
            break
        }
        'docker-cloud;volume;help;ls' {
            break
        }
        'docker-cloud;volume;help;help' {
            break
        }
        'docker-cloud;volumegroup' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;volumegroup;inspect' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;volumegroup;ls' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw, other values as compact JSON, one per line')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL, TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_* credentials, hosts or namespace are set too); else dockercloud')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the identifying value of each row')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: lists as one array, objects and results of operations as objects')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations: terminate and rm ask on a terminal (never without one)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (credentials redacted)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Never cut table cells to the terminal''s width, and show uuids whole')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'docker-cloud;volumegroup;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;volumegroup;help;inspect' {
            break
        }
        'docker-cloud;volumegroup;help;ls' {
            break
        }
        'docker-cloud;volumegroup;help;help' {
            break
        }
        'docker-cloud;help' {
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Action-related operations')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print the shell completion script for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Container-related operations')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Get real time Docker Cloud events')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running container')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image-related operations (Tutum API only)')
            [CompletionResult]::new('imagetag', 'imagetag', [CompletionResultType]::ParameterValue, 'Image tag-related operations (Tutum API only)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a Docker ID and API key (or password) and store them for later commands')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored credentials of a server and forget it')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff), e.g. `docker-cloud man service ps | man -l -`')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Node-related operations')
            [CompletionResult]::new('nodecluster', 'nodecluster', [CompletionResultType]::ParameterValue, 'Node cluster-related operations')
            [CompletionResult]::new('repository', 'repository', [CompletionResultType]::ParameterValue, 'Repository-related operations')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new service (same as `service run`)')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'The servers logged in to: list them, switch between them')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Service-related operations')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'Stack-related operations')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tag-related operations')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Trigger-related operations')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Create and start a stack from stackfiles (same as `stack up`)')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Volume-related operations (Tutum API only)')
            [CompletionResult]::new('volumegroup', 'volumegroup', [CompletionResultType]::ParameterValue, 'Volume group-related operations (Tutum API only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'docker-cloud;help;action' {
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an action in Pending or In progress state')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of an action')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of an action')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List actions')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry an action in Success, Failed or Canceled state')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until actions reach a state')
            break
        }
        'docker-cloud;help;action;cancel' {
            break
        }
        'docker-cloud;help;action;inspect' {
            break
        }
        'docker-cloud;help;action;logs' {
            break
        }
        'docker-cloud;help;action;ls' {
            break
        }
        'docker-cloud;help;action;retry' {
            break
        }
        'docker-cloud;help;action;wait' {
            break
        }
        'docker-cloud;help;completion' {
            break
        }
        'docker-cloud;help;container' {
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running container')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a container')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of a container')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a container')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a container')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a container')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a container')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until containers reach a state')
            break
        }
        'docker-cloud;help;container;exec' {
            break
        }
        'docker-cloud;help;container;inspect' {
            break
        }
        'docker-cloud;help;container;logs' {
            break
        }
        'docker-cloud;help;container;redeploy' {
            break
        }
        'docker-cloud;help;container;ps' {
            break
        }
        'docker-cloud;help;container;start' {
            break
        }
        'docker-cloud;help;container;stop' {
            break
        }
        'docker-cloud;help;container;terminate' {
            break
        }
        'docker-cloud;help;container;wait' {
            break
        }
        'docker-cloud;help;event' {
            break
        }
        'docker-cloud;help;exec' {
            break
        }
        'docker-cloud;help;image' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            break
        }
        'docker-cloud;help;image;inspect' {
            break
        }
        'docker-cloud;help;image;ls' {
            break
        }
        'docker-cloud;help;imagetag' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of image tags')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tags of an image')
            break
        }
        'docker-cloud;help;imagetag;inspect' {
            break
        }
        'docker-cloud;help;imagetag;ls' {
            break
        }
        'docker-cloud;help;login' {
            break
        }
        'docker-cloud;help;logout' {
            break
        }
        'docker-cloud;help;man' {
            break
        }
        'docker-cloud;help;node' {
            [CompletionResult]::new('byo', 'byo', [CompletionResultType]::ParameterValue, 'Instructions on how to bring your own server to Docker Cloud')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a node')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List nodes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a node')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade the Docker daemon of a node')
            break
        }
        'docker-cloud;help;node;byo' {
            break
        }
        'docker-cloud;help;node;inspect' {
            break
        }
        'docker-cloud;help;node;ls' {
            break
        }
        'docker-cloud;help;node;rm' {
            break
        }
        'docker-cloud;help;node;upgrade' {
            break
        }
        'docker-cloud;help;nodecluster' {
            [CompletionResult]::new('az', 'az', [CompletionResultType]::ParameterValue, 'List availability zones')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a node cluster and deploy it')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a node cluster')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List node clusters')
            [CompletionResult]::new('nodetype', 'nodetype', [CompletionResultType]::ParameterValue, 'List node types')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'List providers')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'List regions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a node cluster and its nodes')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale a node cluster')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until node clusters reach a state')
            break
        }
        'docker-cloud;help;nodecluster;az' {
            break
        }
        'docker-cloud;help;nodecluster;create' {
            break
        }
        'docker-cloud;help;nodecluster;inspect' {
            break
        }
        'docker-cloud;help;nodecluster;ls' {
            break
        }
        'docker-cloud;help;nodecluster;nodetype' {
            break
        }
        'docker-cloud;help;nodecluster;provider' {
            break
        }
        'docker-cloud;help;nodecluster;region' {
            break
        }
        'docker-cloud;help;nodecluster;rm' {
            break
        }
        'docker-cloud;help;nodecluster;scale' {
            break
        }
        'docker-cloud;help;nodecluster;wait' {
            break
        }
        'docker-cloud;help;repository' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a repository')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the registered repositories')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a repository of a third-party registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a registered repository')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update the credentials of registered repositories')
            break
        }
        'docker-cloud;help;repository;inspect' {
            break
        }
        'docker-cloud;help;repository;ls' {
            break
        }
        'docker-cloud;help;repository;register' {
            break
        }
        'docker-cloud;help;repository;rm' {
            break
        }
        'docker-cloud;help;repository;update' {
            break
        }
        'docker-cloud;help;run' {
            break
        }
        'docker-cloud;help;server' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the servers logged in to; `*` marks the one commands use')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)')
            break
        }
        'docker-cloud;help;server;ls' {
            break
        }
        'docker-cloud;help;server;use' {
            break
        }
        'docker-cloud;help;service' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new service (not started)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Service environment variables')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a service')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Get the logs of a service')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a running service with a new version or tag')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale a running service')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change and configure a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running service')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a service')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until services reach a state')
            break
        }
        'docker-cloud;help;service;create' {
            break
        }
        'docker-cloud;help;service;env' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add new environment variables')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List all environment variables of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove environment variables')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all user environment variables')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update existing environment variables with new values')
            break
        }
        'docker-cloud;help;service;env;add' {
            break
        }
        'docker-cloud;help;service;env;ls' {
            break
        }
        'docker-cloud;help;service;env;rm' {
            break
        }
        'docker-cloud;help;service;env;set' {
            break
        }
        'docker-cloud;help;service;env;update' {
            break
        }
        'docker-cloud;help;service;inspect' {
            break
        }
        'docker-cloud;help;service;logs' {
            break
        }
        'docker-cloud;help;service;ps' {
            break
        }
        'docker-cloud;help;service;redeploy' {
            break
        }
        'docker-cloud;help;service;run' {
            break
        }
        'docker-cloud;help;service;scale' {
            break
        }
        'docker-cloud;help;service;set' {
            break
        }
        'docker-cloud;help;service;start' {
            break
        }
        'docker-cloud;help;service;stop' {
            break
        }
        'docker-cloud;help;service;terminate' {
            break
        }
        'docker-cloud;help;service;wait' {
            break
        }
        'docker-cloud;help;stack' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new stack from stackfiles (not started)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a stack as a stackfile')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of a stack')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List stacks')
            [CompletionResult]::new('redeploy', 'redeploy', [CompletionResultType]::ParameterValue, 'Redeploy a running stack')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stack')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a stack')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate a stack')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Create and start a stack from stackfiles')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a stack''s services from stackfiles')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until stacks reach a state')
            break
        }
        'docker-cloud;help;stack;create' {
            break
        }
        'docker-cloud;help;stack;export' {
            break
        }
        'docker-cloud;help;stack;inspect' {
            break
        }
        'docker-cloud;help;stack;ls' {
            break
        }
        'docker-cloud;help;stack;redeploy' {
            break
        }
        'docker-cloud;help;stack;start' {
            break
        }
        'docker-cloud;help;stack;stop' {
            break
        }
        'docker-cloud;help;stack;terminate' {
            break
        }
        'docker-cloud;help;stack;up' {
            break
        }
        'docker-cloud;help;stack;update' {
            break
        }
        'docker-cloud;help;stack;wait' {
            break
        }
        'docker-cloud;help;tag' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to services, nodes or node clusters')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tags of services, nodes or node clusters')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from services, nodes or node clusters')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace all tags of services, nodes or node clusters')
            break
        }
        'docker-cloud;help;tag;add' {
            break
        }
        'docker-cloud;help;tag;ls' {
            break
        }
        'docker-cloud;help;tag;rm' {
            break
        }
        'docker-cloud;help;tag;set' {
            break
        }
        'docker-cloud;help;trigger' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trigger on a service')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the triggers of a service')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove triggers from a service')
            break
        }
        'docker-cloud;help;trigger;create' {
            break
        }
        'docker-cloud;help;trigger;ls' {
            break
        }
        'docker-cloud;help;trigger;rm' {
            break
        }
        'docker-cloud;help;up' {
            break
        }
        'docker-cloud;help;volume' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            break
        }
        'docker-cloud;help;volume;inspect' {
            break
        }
        'docker-cloud;help;volume;ls' {
            break
        }
        'docker-cloud;help;volumegroup' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print the detailed information of the given objects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            break
        }
        'docker-cloud;help;volumegroup;inspect' {
            break
        }
        'docker-cloud;help;volumegroup;ls' {
            break
        }
        'docker-cloud;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
