# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_docker_cloud_global_optspecs
    string join \n v/version json debug namespace= insecure-http h/help
end

function __fish_docker_cloud_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_docker_cloud_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_docker_cloud_using_subcommand
    set -l cmd (__fish_docker_cloud_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -s v -l version -d 'Print the version and exit'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "action" -d 'Action-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "container" -d 'Container-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "event" -d 'Get real time Docker Cloud events'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "login" -d 'Check a Docker ID and API key (or password) and store them for later commands'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "logout" -d 'Remove the stored Docker Cloud credentials'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "node" -d 'Node-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "nodecluster" -d 'Node cluster-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "repository" -d 'Repository-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "run" -d 'Create and run a new service (same as `service run`)'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "service" -d 'Service-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "tag" -d 'Tag-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "trigger" -d 'Trigger-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "stack" -d 'Stack-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "up" -d 'Create and start a stack from stackfiles (same as `stack up`)'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "completion" -d 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "man" -d 'Print the manual page (roff), e.g. `docker-cloud man | man -l -`'
complete -c docker-cloud -n "__fish_docker_cloud_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -f -a "cancel" -d 'Cancel an action in Pending or In progress state'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -f -a "inspect" -d 'Print the detailed information of an action'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -f -a "logs" -d 'Get the logs of an action'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -f -a "ls" -d 'List actions'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -f -a "retry" -d 'Retry an action in Success, Failed or Canceled state'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and not __fish_seen_subcommand_from cancel inspect logs ls retry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from cancel" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from cancel" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from cancel" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from cancel" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -s t -l tail -d 'Number of lines to show from the end of the logs' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the object ends (or Ctrl-C)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -s l -l last -d 'Show only the last N actions (0 means the default)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only long UUIDs'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from retry" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from retry" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from retry" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from retry" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an action in Pending or In progress state'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of an action'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Get the logs of an action'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List actions'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Retry an action in Success, Failed or Canceled state'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "exec" -d 'Run a command in a running container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "inspect" -d 'Print the detailed information of a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "logs" -d 'Get the logs of a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "redeploy" -d 'Redeploy a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "ps" -d 'List containers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "start" -d 'Start a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "stop" -d 'Stop a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "terminate" -d 'Terminate a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and not __fish_seen_subcommand_from exec inspect logs redeploy ps start stop terminate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from exec" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from exec" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from exec" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from exec" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l tail -d 'Number of lines to show from the end of the logs' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the object ends (or Ctrl-C)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l not-reuse-volumes -d 'Do not reuse the volumes of the old containers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from redeploy" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l status -d 'Filter containers by status' -r -f -a "Init\t''
Stopped\t''
Starting\t''
Running\t''
Stopping\t''
Terminating\t''
Terminated\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -l service -d 'Filter containers by service (UUID, short UUID, name or name.stack_name)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only long UUIDs'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate the output'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Get the logs of a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "redeploy" -d 'Redeploy a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List containers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Terminate a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand event" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand event" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand event" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand event" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand event" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand exec" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand exec" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand exec" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand exec" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand exec" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -s u -l username -d 'Docker ID (prompted for when missing)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -l password-stdin -d 'Read the API key or password from stdin (needs -u)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand login" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand logout" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand logout" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand logout" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand logout" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand logout" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -f -a "byo" -d 'Instructions on how to bring your own server to Docker Cloud'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -f -a "inspect" -d 'Print the detailed information of a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -f -a "ls" -d 'List nodes'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -f -a "rm" -d 'Remove a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -f -a "upgrade" -d 'Upgrade the Docker daemon of a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and not __fish_seen_subcommand_from byo inspect ls rm upgrade help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from byo" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from byo" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from byo" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from byo" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from byo" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "byo" -d 'Instructions on how to bring your own server to Docker Cloud'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List nodes'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Upgrade the Docker daemon of a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "az" -d 'List availability zones'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "create" -d 'Create a node cluster and deploy it'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "inspect" -d 'Print the detailed information of a node cluster'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "ls" -d 'List node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "nodetype" -d 'List node types'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "provider" -d 'List providers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "region" -d 'List regions'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "rm" -d 'Remove a node cluster and its nodes'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "scale" -d 'Scale a node cluster'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and not __fish_seen_subcommand_from az create inspect ls nodetype provider region rm scale help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from az" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from az" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from az" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from az" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from az" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from az" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -s t -l target-num-nodes -d 'Number of nodes to deploy (the server\'s default is 1)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l disk -d 'Disk size of each node in GB (the server\'s default is 60)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l tag -d 'Deployment tag (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l aws-vpc-id -d 'AWS: id of the VPC to deploy the nodes in' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l aws-vpc-subnet -d 'AWS: subnet of the VPC (repeatable; needs --aws-vpc-id)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l aws-vpc-security-group -d 'AWS: security group of the VPC (repeatable; needs --aws-vpc-id)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l aws-iam-instance-profile-name -d 'AWS: name of the IAM instance profile of the nodes' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -s p -l provider -d 'Show only the node types of this provider' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -s r -l region -d 'Show only the node types available in this region' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from nodetype" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from provider" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from provider" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from provider" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from provider" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from provider" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from provider" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from region" -s p -l provider -d 'Show only the regions of this provider' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from region" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from region" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from region" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from region" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from region" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "az" -d 'List availability zones'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a node cluster and deploy it'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of a node cluster'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "nodetype" -d 'List node types'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "provider" -d 'List providers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "region" -d 'List regions'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a node cluster and its nodes'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Scale a node cluster'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand nodecluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -f -a "inspect" -d 'Print the detailed information of a repository'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -f -a "ls" -d 'List the registered repositories'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -f -a "register" -d 'Register a repository of a third-party registry'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -f -a "rm" -d 'Remove a registered repository'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -f -a "update" -d 'Update the credentials of registered repositories'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and not __fish_seen_subcommand_from inspect ls register rm update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -s u -l username -d 'Username of the registry' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -s p -l password -d 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -l password-stdin -d 'Read the password from stdin (up to the end of input, without the final newline)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from rm" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from rm" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -s u -l username -d 'Username of the registry' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -s p -l password -d 'Password of the registry (visible to other users of this machine; prefer --password-stdin or the prompt)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -l password-stdin -d 'Read the password from stdin (up to the end of input, without the final newline)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of a repository'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the registered repositories'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a repository of a third-party registry'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a registered repository'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update the credentials of registered repositories'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand repository; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s n -l name -d 'Service name (default: the image name)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l cpushares -d 'Relative CPU weight of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l memory -d 'Memory limit in MB' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s t -l target-num-containers -d 'Number of containers to run' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s r -l run-command -d 'Command run in the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l entrypoint -d 'Entrypoint of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s p -l publish -d 'Publish a port: [host_port:]container_port[/protocol] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l expose -d 'Expose a port to linked services without publishing it (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s e -l env -d 'Set an environment variable: KEY=VALUE (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l env-file -d 'Read environment variables from a file (repeatable)' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l tag -d 'Deployment tag (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l link-service -d 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l autodestroy -d 'Terminate containers when they stop' -r -f -a "OFF\t''
ON_SUCCESS\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l autorestart -d 'Restart containers when they stop' -r -f -a "OFF\t''
ON_FAILURE\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l role -d 'API role granted to the containers, e.g. global (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s v -l volume -d 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l volumes-from -d 'Mount the volumes of another service (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l deployment-strategy -d 'How containers are spread over nodes' -r -f -a "EMPTIEST_NODE\t''
HIGH_AVAILABILITY\t''
EVERY_NODE\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l net -d 'Network mode, e.g. bridge or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l pid -d 'PID mode, e.g. none or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l privileged -d 'Give the containers extended privileges'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l autoredeploy -d 'Redeploy when the image is updated'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l sequential -d 'Deploy containers one by one'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand run" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "create" -d 'Create a new service (not started)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "env" -d 'Service environment variables'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "inspect" -d 'Print the detailed information of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "logs" -d 'Get the logs of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "ps" -d 'List services'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "redeploy" -d 'Redeploy a running service with a new version or tag'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "run" -d 'Create and run a new service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "scale" -d 'Scale a running service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "set" -d 'Change and configure a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "start" -d 'Start a stopped service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "stop" -d 'Stop a running service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "terminate" -d 'Terminate a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and not __fish_seen_subcommand_from create env inspect logs ps redeploy run scale set start stop terminate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s n -l name -d 'Service name (default: the image name)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l cpushares -d 'Relative CPU weight of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l memory -d 'Memory limit in MB' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s t -l target-num-containers -d 'Number of containers to run' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s r -l run-command -d 'Command run in the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l entrypoint -d 'Entrypoint of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port: [host_port:]container_port[/protocol] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port to linked services without publishing it (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s e -l env -d 'Set an environment variable: KEY=VALUE (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file (repeatable)' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l tag -d 'Deployment tag (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l link-service -d 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l autodestroy -d 'Terminate containers when they stop' -r -f -a "OFF\t''
ON_SUCCESS\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l autorestart -d 'Restart containers when they stop' -r -f -a "OFF\t''
ON_FAILURE\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l role -d 'API role granted to the containers, e.g. global (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another service (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l deployment-strategy -d 'How containers are spread over nodes' -r -f -a "EMPTIEST_NODE\t''
HIGH_AVAILABILITY\t''
EVERY_NODE\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l net -d 'Network mode, e.g. bridge or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l pid -d 'PID mode, e.g. none or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l privileged -d 'Give the containers extended privileges'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l autoredeploy -d 'Redeploy when the image is updated'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l sequential -d 'Deploy containers one by one'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -f -a "add" -d 'Add new environment variables'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -f -a "ls" -d 'List all environment variables of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -f -a "rm" -d 'Remove environment variables'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -f -a "set" -d 'Replace all user environment variables'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -f -a "update" -d 'Update existing environment variables with new values'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from env" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -s t -l tail -d 'Number of lines to show from the end of the logs' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the object ends (or Ctrl-C)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -s s -l status -d 'Filter services by status' -r -f -a "Init\t''
Stopped\t''
Starting\t''
Running\t''
Stopping\t''
Terminating\t''
Terminated\t''
Scaling\t''
Partly running\t''
Not running\t''
Redeploying\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -l stack -d 'Filter services by stack (UUID, short UUID or name)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only long UUIDs'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l not-reuse-volumes -d 'Do not reuse the volumes of the old containers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from redeploy" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s n -l name -d 'Service name (default: the image name)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l cpushares -d 'Relative CPU weight of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l memory -d 'Memory limit in MB' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s t -l target-num-containers -d 'Number of containers to run' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s r -l run-command -d 'Command run in the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l entrypoint -d 'Entrypoint of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a port: [host_port:]container_port[/protocol] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port to linked services without publishing it (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s e -l env -d 'Set an environment variable: KEY=VALUE (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file (repeatable)' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l tag -d 'Deployment tag (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l link-service -d 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l autodestroy -d 'Terminate containers when they stop' -r -f -a "OFF\t''
ON_SUCCESS\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l autorestart -d 'Restart containers when they stop' -r -f -a "OFF\t''
ON_FAILURE\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l role -d 'API role granted to the containers, e.g. global (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes of another service (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l deployment-strategy -d 'How containers are spread over nodes' -r -f -a "EMPTIEST_NODE\t''
HIGH_AVAILABILITY\t''
EVERY_NODE\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l net -d 'Network mode, e.g. bridge or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l pid -d 'PID mode, e.g. none or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l privileged -d 'Give the containers extended privileges'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l autoredeploy -d 'Redeploy when the image is updated'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l sequential -d 'Deploy containers one by one'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l image -d 'New image, e.g. tutum/hello-world:latest' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l cpushares -d 'Relative CPU weight of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l memory -d 'Memory limit in MB' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -s t -l target-num-containers -d 'Number of containers to run' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -s r -l run-command -d 'Command run in the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l entrypoint -d 'Entrypoint of the containers' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -s p -l publish -d 'Publish a port: [host_port:]container_port[/protocol] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l expose -d 'Expose a port to linked services without publishing it (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -s e -l env -d 'Set an environment variable: KEY=VALUE (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l env-file -d 'Read environment variables from a file (repeatable)' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l tag -d 'Deployment tag (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l link-service -d 'Link to a service: SERVICE[.STACK]:ALIAS (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l autodestroy -d 'Terminate containers when they stop' -r -f -a "OFF\t''
ON_SUCCESS\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l autorestart -d 'Restart containers when they stop' -r -f -a "OFF\t''
ON_FAILURE\t''
ALWAYS\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l role -d 'API role granted to the containers, e.g. global (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -s v -l volume -d 'Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l volumes-from -d 'Mount the volumes of another service (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l deployment-strategy -d 'How containers are spread over nodes' -r -f -a "EMPTIEST_NODE\t''
HIGH_AVAILABILITY\t''
EVERY_NODE\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l net -d 'Network mode, e.g. bridge or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l pid -d 'PID mode, e.g. none or host' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l privileged -d 'Give the containers extended privileges'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l no-privileged -d 'Remove extended privileges'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l autoredeploy -d 'Redeploy when the image is updated'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l no-autoredeploy -d 'Do not redeploy when the image is updated'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l sequential -d 'Deploy containers one by one'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l no-sequential -d 'Deploy containers in parallel'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l redeploy -d 'Redeploy the service after the change'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new service (not started)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "env" -d 'Service environment variables'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Get the logs of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List services'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "redeploy" -d 'Redeploy a running service with a new version or tag'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "run" -d 'Create and run a new service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Scale a running service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change and configure a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a stopped service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a running service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Terminate a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -f -a "add" -d 'Add tags to services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -f -a "ls" -d 'List the tags of services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -f -a "rm" -d 'Remove tags from services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -f -a "set" -d 'Replace all tags of services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and not __fish_seen_subcommand_from add ls rm set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from add" -s t -l tag -d 'Tag name (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from add" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from add" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from add" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from add" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from rm" -s t -l tag -d 'Tag name (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from rm" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from rm" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from set" -s t -l tag -d 'Tag name (repeatable)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from set" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from set" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from set" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from set" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add tags to services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the tags of services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove tags from services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "set" -d 'Replace all tags of services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -f -a "create" -d 'Create a trigger on a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -f -a "ls" -d 'List the triggers of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -f -a "rm" -d 'Remove triggers from a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and not __fish_seen_subcommand_from create ls rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -s n -l name -d 'Name of the trigger' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -s o -l operation -d 'What calling the trigger does (the server\'s default is REDEPLOY)' -r -f -a "REDEPLOY\t''
SCALEUP\t''"
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the identifying value of each row'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from rm" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from rm" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a trigger on a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the triggers of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove triggers from a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand trigger; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "create" -d 'Create a new stack from stackfiles (not started)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "export" -d 'Export a stack as a stackfile'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "inspect" -d 'Print the detailed information of a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "ls" -d 'List stacks'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "redeploy" -d 'Redeploy a running stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "start" -d 'Start a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "stop" -d 'Stop a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "terminate" -d 'Terminate a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "up" -d 'Create and start a stack from stackfiles'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "update" -d 'Update a stack\'s services from stackfiles'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and not __fish_seen_subcommand_from create export inspect ls redeploy start stop terminate up update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -s n -l name -d 'Stack name (default: the name of the directory holding the first stackfile)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -s f -l file -d 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from export" -s f -l file -d 'Write the stackfile to FILE instead of stdout' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from export" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from export" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from export" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from export" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from inspect" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from inspect" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from inspect" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from inspect" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from ls" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only long UUIDs'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from ls" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l not-reuse-volumes -d 'Do not reuse the volumes of the old containers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from redeploy" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -s n -l name -d 'Stack name (default: the name of the directory holding the first stackfile)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -s f -l file -d 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -s f -l file -d 'Stackfile to read (repeatable, as for `stack create`)' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new stack from stackfiles (not started)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a stack as a stackfile'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print the detailed information of a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List stacks'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "redeploy" -d 'Redeploy a running stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Terminate a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "up" -d 'Create and start a stack from stackfiles'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a stack\'s services from stackfiles'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand stack; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -s n -l name -d 'Stack name (default: the name of the directory holding the first stackfile)' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -s f -l file -d 'Stackfile to read (repeatable; later files are merged into earlier ones). Default: docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the nearest parent, with its override file' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -l timeout -d 'With --sync: give up waiting after SECS seconds' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -l sync -d 'Block until the asynchronous operation has finished'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand up" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand completion" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand completion" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand completion" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand completion" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand completion" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand man" -l out-dir -d 'Write the page of every command into DIR (docker-cloud.1, docker-cloud-service-ps.1, ...) instead of printing the top-level page' -r -F
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand man" -l namespace -d 'Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE' -r
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand man" -l json -d 'Print JSON: lists as one array, objects and results of operations as objects'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand man" -l debug -d 'Trace every HTTP request and response on stderr (credentials redacted)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand man" -l insecure-http -d 'Allow sending credentials over plain http:// or ws:// to a host that is not loopback (also DOCKERCLOUD_INSECURE_HTTP=1)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand man" -s h -l help -d 'Print help'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "action" -d 'Action-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "container" -d 'Container-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "event" -d 'Get real time Docker Cloud events'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "exec" -d 'Run a command in a running container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "login" -d 'Check a Docker ID and API key (or password) and store them for later commands'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "logout" -d 'Remove the stored Docker Cloud credentials'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "node" -d 'Node-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "nodecluster" -d 'Node cluster-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "repository" -d 'Repository-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "run" -d 'Create and run a new service (same as `service run`)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "service" -d 'Service-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "tag" -d 'Tag-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "trigger" -d 'Trigger-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "stack" -d 'Stack-related operations'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "up" -d 'Create and start a stack from stackfiles (same as `stack up`)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "completion" -d 'Print the shell completion script for bash, zsh, fish, powershell or elvish'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "man" -d 'Print the manual page (roff), e.g. `docker-cloud man | man -l -`'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and not __fish_seen_subcommand_from action container event exec login logout node nodecluster repository run service tag trigger stack up completion man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "cancel" -d 'Cancel an action in Pending or In progress state'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "inspect" -d 'Print the detailed information of an action'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "logs" -d 'Get the logs of an action'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "ls" -d 'List actions'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "retry" -d 'Retry an action in Success, Failed or Canceled state'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exec" -d 'Run a command in a running container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "inspect" -d 'Print the detailed information of a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "logs" -d 'Get the logs of a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "redeploy" -d 'Redeploy a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "ps" -d 'List containers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "start" -d 'Start a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stop" -d 'Stop a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "terminate" -d 'Terminate a container'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "byo" -d 'Instructions on how to bring your own server to Docker Cloud'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "inspect" -d 'Print the detailed information of a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "ls" -d 'List nodes'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "rm" -d 'Remove a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "upgrade" -d 'Upgrade the Docker daemon of a node'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "az" -d 'List availability zones'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "create" -d 'Create a node cluster and deploy it'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "inspect" -d 'Print the detailed information of a node cluster'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "ls" -d 'List node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "nodetype" -d 'List node types'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "provider" -d 'List providers'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "region" -d 'List regions'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "rm" -d 'Remove a node cluster and its nodes'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from nodecluster" -f -a "scale" -d 'Scale a node cluster'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from repository" -f -a "inspect" -d 'Print the detailed information of a repository'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from repository" -f -a "ls" -d 'List the registered repositories'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from repository" -f -a "register" -d 'Register a repository of a third-party registry'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from repository" -f -a "rm" -d 'Remove a registered repository'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from repository" -f -a "update" -d 'Update the credentials of registered repositories'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "create" -d 'Create a new service (not started)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "env" -d 'Service environment variables'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "inspect" -d 'Print the detailed information of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "logs" -d 'Get the logs of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "ps" -d 'List services'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "redeploy" -d 'Redeploy a running service with a new version or tag'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "run" -d 'Create and run a new service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "scale" -d 'Scale a running service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "set" -d 'Change and configure a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "start" -d 'Start a stopped service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "stop" -d 'Stop a running service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "terminate" -d 'Terminate a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "add" -d 'Add tags to services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "ls" -d 'List the tags of services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "rm" -d 'Remove tags from services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "set" -d 'Replace all tags of services, nodes or node clusters'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from trigger" -f -a "create" -d 'Create a trigger on a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from trigger" -f -a "ls" -d 'List the triggers of a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from trigger" -f -a "rm" -d 'Remove triggers from a service'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "create" -d 'Create a new stack from stackfiles (not started)'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "export" -d 'Export a stack as a stackfile'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "inspect" -d 'Print the detailed information of a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "ls" -d 'List stacks'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "redeploy" -d 'Redeploy a running stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "start" -d 'Start a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "stop" -d 'Stop a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "terminate" -d 'Terminate a stack'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "up" -d 'Create and start a stack from stackfiles'
complete -c docker-cloud -n "__fish_docker_cloud_using_subcommand help; and __fish_seen_subcommand_from stack" -f -a "update" -d 'Update a stack\'s services from stackfiles'
