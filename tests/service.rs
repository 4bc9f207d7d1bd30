//! `docker-cloud service ...` and `run` against a sandbox on a free port.

use crate::common::{Cli, Dialect, Server};
use serde_json::{json, Value};

/// An empty sandbox and a client for it.
fn empty(d: Dialect) -> (Server, Cli) {
    let sandbox = Server::start(&["--seed", "empty"]);
    let cli = Cli::in_dialect(&sandbox, d);
    (sandbox, cli)
}

/// Creates a service with `args` (`service create ...`) and returns its uuid.
fn create(cli: &Cli, args: &[&str]) -> String {
    let mut all = vec!["service", "create"];
    all.extend_from_slice(args);
    cli.run(&all).uuid()
}

/// `service inspect ID` as JSON.
fn inspect(cli: &Cli, id: &str) -> Value {
    cli.run(&["service", "inspect", id]).json()
}

/// A REST call to the sandbox as the test user.
fn api(sandbox: &Server, method: &str, path: &str, body: Option<Value>) -> Value {
    let client = reqwest::blocking::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut request = client
        .request(method, format!("{}{path}", sandbox.url))
        .header("Authorization", Server::basic_auth());
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().expect("sandbox request");
    assert!(response.status().is_success(), "{response:?}");
    response.json().unwrap_or(Value::Null)
}

/// Creates a stack with one service `web` (image tutum/hello-world) and returns its uuid.
fn stack(sandbox: &Server, name: &str) -> String {
    let body = json!({"name": name, "services": [{"name": "web", "image": "tutum/hello-world"}]});
    let stack = api(sandbox, "POST", "/api/app/v1/stack/", Some(body));
    stack["uuid"].as_str().expect("stack uuid").to_string()
}

/// The values of `key` in a list of objects.
fn field<'a>(list: &'a Value, key: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("array")
        .iter()
        .map(|o| o[key].as_str().unwrap_or(""))
        .collect()
}

#[test]
fn version_and_help_need_no_credentials() {
    let cli = Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9");
    // A credential helper that does not exist must not matter for help and version.
    std::fs::create_dir_all(cli.home.path().join(".docker")).unwrap();
    std::fs::write(
        cli.home.path().join(".docker/config.json"),
        r#"{"credsStore": "missing-helper"}"#,
    )
    .unwrap();
    let version = cli.run(&["-v"]);
    assert_eq!(
        version.ok(),
        format!("docker-cloud {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert!(cli.run(&["--version"]).ok().starts_with("docker-cloud "));
    let help = cli.run(&["service"]);
    assert!(
        help.ok().contains("Docker Cloud service commands"),
        "{help:#?}"
    );
    assert!(cli
        .run(&["service", "set", "--help"])
        .ok()
        .contains("--redeploy"));
    assert!(cli.run(&[]).ok().contains("Usage: docker-cloud"));
    // Commands that call the API report the missing helper (exit 2).
    let err = cli.run(&["service", "ps"]);
    assert!(
        err.fails(2).contains("docker-credential-missing-helper"),
        "{err:#?}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let cli = Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9");
    cli.run(&["service", "start"]).fails(2);
    cli.run(&["service", "ps", "--status", "Foo"]).fails(2);
    cli.run(&["service", "ps", "--bogus"]).fails(2);
    cli.run(&["service", "scale", "web", "x"]).fails(2);
    cli.run(&["service", "env", "ls"]).fails(2);
    cli.run(&["push"]).fails(2);
    cli.run(&["service", "run", "img", "--autodestroy", "ON_FAILURE"])
        .fails(2);
}

#[test]
fn no_credentials_is_one_line_exit_2() {
    let cli = Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9");
    let err = cli.run(&["service", "ps"]);
    let text = err.fails(2);
    assert_eq!(text.lines().count(), 1, "{err:#?}");
    assert!(text.contains("DOCKERCLOUD_APIKEY") && text.contains("DOCKERCLOUD_AUTH"));
    assert!(err.stdout.is_empty());
}

#[test]
fn bad_values_fail_before_any_request() {
    // Nothing listens on this port: a request would fail with exit 3, not 2.
    let cli = Cli::offline();
    let missing = cli.home.path().join("missing.env");
    let missing = missing.to_str().unwrap();
    let bad_file = cli.home.path().join("bad.env");
    std::fs::write(&bad_file, "GOOD=1\nnot an assignment with space=1\n").unwrap();
    let bad_file = bad_file.to_str().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["-e", "NOEQUALS"], "--env value (number 1 of 1)"),
        (vec!["-e", "=s3cret"], "--env value (number 1 of 1)"),
        (vec!["--env-file", missing], "missing.env"),
        (vec!["--env-file", bad_file], "bad.env"),
        (vec!["-p", "80:80/sctp"], "80:80/sctp"),
        (vec!["-p", "123456"], "123456"),
        (vec!["-p", "abc"], "abc"),
        (vec!["-p", "80/80:tcp"], "80/80:tcp"),
        (vec!["-p", ""], "--publish"),
        (vec!["-p", "0"], "'0'"),
        (vec!["-p", "70000:80"], "70000:80"),
        (vec!["--expose", "65536"], "65536"),
        (vec!["--expose", "-1"], "-1"),
        (vec!["--expose", "abc"], "abc"),
        (vec!["--link-service", "nolias"], "nolias"),
        (vec!["--link-service", "a.b.c:x"], "a.b.c:x"),
        (vec!["--link-service", "a b:x"], "a b:x"),
        (vec!["-v", "a:b:c:d"], "a:b:c:d"),
        (vec!["-v", "/h:/c:rx"], "/h:/c:rx"),
        (vec!["-v", ""], "--volume"),
        (vec!["--tag", ""], "--tag"),
        (vec!["--net", "weird"], "--net"),
        (vec!["--pid", "weird"], "--pid"),
    ];
    for (flags, shown) in &cases {
        for command in [
            &["service", "create", "img"][..],
            &["service", "run", "img"],
            &["run", "img"],
            &["service", "set", "web"],
        ] {
            let mut args = command.to_vec();
            args.extend(flags);
            let run = cli.run(&args);
            run.usage_error_naming(&args, shown);
            assert!(!run.stderr.contains("s3cret"), "{run:#?}");
        }
    }
    // No secret of an env file reaches a message.
    std::fs::write(
        cli.home.path().join("secret.env"),
        "PASS WORD=s3cret
",
    )
    .unwrap();
    let secret_file = cli.home.path().join("secret.env");
    let run = cli.run(&["run", "img", "--env-file", secret_file.to_str().unwrap()]);
    run.usage_error_naming(&[], "line 1");
    assert!(!run.stderr.contains("s3cret"), "{run:#?}");
    // A file that never ends is read up to a limit.
    let run = cli.run(&["run", "img", "--env-file", "/dev/zero"]);
    run.usage_error_naming(&[], "larger than 16 MiB");
    // An empty or blank image, and bad names.
    for args in [
        &["run", ""][..],
        &["service", "create", " "],
        &["service", "set", "web", "--image", ""],
        &["run", "img", "-n", "a b"],
        &["service", "create", "img", "-n", "-x"],
    ] {
        let run = cli.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:#?}");
    }
    for command in ["add", "set", "update"] {
        let run = cli.run(&["service", "env", command, "web", "-e", "BAD"]);
        assert!(run.fails(2).contains("--env"), "{run:#?}");
        let run = cli.run(&["service", "env", command, "web", "--env-file", missing]);
        assert!(run.fails(2).contains("missing.env"), "{run:#?}");
    }
    let bad_env = [
        ("DOCKERCLOUD_REST_HOST", "not a url"),
        ("DOCKERCLOUD_TIMEOUT", "soon"),
    ];
    for (name, value) in bad_env {
        let run = cli.clone().with(name, value).run(&["service", "ps"]);
        assert!(run.fails(2).contains(name), "{run:#?}");
    }
}

fn create_sends_the_full_definition(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    let db = create(&cli, &["--name", "db", "mysql"]);
    let env_file = cli.home.path().join("web.env");
    std::fs::write(&env_file, "A=1\n# comment\n\nC=x=y\n").unwrap();
    let uuid = create(
        &cli,
        &[
            "tutum/hello-world",
            "-n",
            "web",
            "--cpushares",
            "512",
            "--memory",
            "256",
            "--privileged",
            "-t",
            "2",
            "-r",
            "/run.sh",
            "--entrypoint",
            "/bin/sh",
            "-p",
            "80:8080/udp",
            "-p",
            "443",
            "--expose",
            "443",
            "--expose",
            "22",
            "-e",
            "A=override",
            "-e",
            "D=4",
            "--env-file",
            env_file.to_str().unwrap(),
            "--tag",
            "t1",
            "--tag",
            "t1",
            "--link-service",
            "db:mysql",
            "--autodestroy",
            "ALWAYS",
            "--autoredeploy",
            "--autorestart",
            "ON_FAILURE",
            "--role",
            "global",
            "--sequential",
            "-v",
            "/data",
            "-v",
            "/host:/cont",
            "-v",
            "/h:/c:ro",
            "--volumes-from",
            "db",
            "--deployment-strategy",
            "HIGH_AVAILABILITY",
            "--net",
            "host",
            "--pid",
            "host",
        ],
    );
    let web = inspect(&cli, &uuid);
    assert_eq!(web["name"], "web");
    assert_eq!(web["state"], "Not running");
    assert!(web["image_name"]
        .as_str()
        .unwrap()
        .starts_with("tutum/hello-world"));
    assert_eq!(web["cpu_shares"], 512);
    assert_eq!(web["memory"], 256);
    assert_eq!(web["privileged"], true);
    assert_eq!(web["target_num_containers"], 2);
    assert_eq!(web["run_command"], "/run.sh");
    assert_eq!(web["entrypoint"], "/bin/sh");
    assert_eq!(web["autodestroy"], "ALWAYS");
    assert_eq!(web["autorestart"], "ON_FAILURE");
    assert_eq!(web["autoredeploy"], true);
    assert_eq!(web["sequential_deployment"], true);
    assert_eq!(web["roles"], json!(["global"]));
    assert_eq!(web["deployment_strategy"], "HIGH_AVAILABILITY");
    assert_eq!(web["net"], "host");
    assert_eq!(web["pid"], "host");
    assert_eq!(web["tags"], json!([{"name": "t1"}]));
    let mut ports: Vec<(i64, bool, String)> = web["container_ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["inner_port"].as_i64().unwrap(),
                p["published"].as_bool().unwrap(),
                p["protocol"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    ports.sort();
    assert_eq!(
        ports,
        vec![
            (22, false, "tcp".into()),
            (443, true, "tcp".into()),
            (8080, true, "udp".into()),
        ]
    );
    let envs: Vec<(String, String)> = web["container_envvars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["key"].as_str().unwrap().into(),
                e["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expected = [("A", "override"), ("C", "x=y"), ("D", "4")];
    assert_eq!(
        envs,
        expected
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .to_vec()
    );
    let links = web["linked_to_service"].as_array().unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0]["name"], "mysql");
    let bindings = web["bindings"].as_array().unwrap();
    assert_eq!(bindings.len(), 4, "{bindings:?}");
    assert_eq!(bindings[0]["container_path"], "/data");
    assert_eq!(bindings[1]["host_path"], "/host");
    assert_eq!(bindings[2]["rewritable"], false);
    assert!(bindings[3]["volumes_from"].as_str().unwrap().contains(&db));
}

fn create_run_and_top_level_run(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    let minimal = create(&cli, &["tutum/hello-world"]);
    let service = inspect(&cli, &minimal);
    assert_eq!(service["name"], "hello-world");
    assert_eq!(service["state"], "Not running");
    assert_eq!(service["privileged"], false);

    let run = cli.run(&["service", "run", "-n", "ran", "tutum/hello-world", "--sync"]);
    let uuid = run.ok().trim().to_string();
    assert_eq!(inspect(&cli, &uuid)["state"], "Running");

    let top = cli.run(&["run", "-n", "top", "nginx", "--sync", "--json"]);
    let object = top.json();
    assert_eq!(object["name"], "top");
    assert_eq!(object["state"], "Running");
    assert!(object.get("dockercloud_action_uri").is_none());

    let json = cli
        .run(&["--json", "service", "create", "-n", "viajson", "nginx"])
        .json();
    assert_eq!(json["name"], "viajson");
    // A failing create sends nothing else and exits 3.
    let bad = cli.run(&["service", "create", "nginx", "--volumes-from", "nope"]);
    assert!(bad
        .fails(3)
        .contains("Cannot find a service with the identifier 'nope'"));
}

fn ps_table_json_quiet_and_filters(d: Dialect) {
    let (sandbox, cli) = empty(d);
    // Empty: the full header and nothing else.
    let header = cli.run(&["service", "ps"]);
    assert_eq!(
        header.ok(),
        "NAME  UUID  STATUS  #CONTAINERS  IMAGE  DEPLOYED  PUBLIC DNS  STACK\n"
    );
    assert_eq!(cli.run(&["service", "ps", "-q"]).ok(), "");
    assert_eq!(cli.run(&["service", "ps", "--json"]).json(), json!([]));

    let stack_uuid = stack(&sandbox, "mystack");
    let db = create(&cli, &["-n", "db", "mysql"]);
    let web = cli
        .run(&["service", "run", "-n", "front", "nginx", "--sync"])
        .ok()
        .trim()
        .to_string();

    let table = cli.run(&["service", "ps"]);
    let lines: Vec<&str> = table.ok().lines().collect();
    assert_eq!(lines.len(), 4, "{table:#?}");
    assert!(lines[0].starts_with("NAME "));
    let front = lines.iter().find(|l| l.starts_with("front ")).unwrap();
    assert!(
        front.contains(&web[..8]) && front.contains("▶ Running"),
        "{front}"
    );
    let db_line = lines.iter().find(|l| l.starts_with("db ")).unwrap();
    assert!(
        db_line.contains(&db[..8]) && db_line.contains("◼ Not running"),
        "{db_line}"
    );
    let in_stack = lines.iter().find(|l| l.starts_with("web ")).unwrap();
    assert!(in_stack.trim_end().ends_with("mystack"), "{in_stack}");
    // A service in a stack: the stack names are read once, after the first page of services.
    let traced = cli.run(&["service", "ps", "--debug"]);
    let gets = traced.sent("GET");
    assert_eq!(gets.len(), 2, "{gets:?}");
    assert!(gets[0].contains("/service/?"), "{gets:?}");
    assert!(gets[1].contains("/stack/?"), "{gets:?}");

    let quiet = cli.run(&["service", "ps", "-q"]);
    let uuids: Vec<&str> = quiet.ok().lines().collect();
    assert_eq!(uuids.len(), 3);
    assert!(uuids.contains(&db.as_str()) && uuids.contains(&web.as_str()));

    let json = cli.run(&["service", "ps", "--json"]).json();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert!(json[0].get("resource_uri").is_some());

    let running = cli.run(&["service", "ps", "-q", "--status", "Running"]);
    assert_eq!(running.ok().trim(), web);
    let by_stack = cli
        .run(&["service", "ps", "--json", "--stack", "mystack"])
        .json();
    assert_eq!(field(&by_stack, "name"), vec!["web"]);
    let by_short = cli.run(&["service", "ps", "-q", "--stack", &stack_uuid[..8]]);
    assert_eq!(by_short.ok().lines().count(), 1);
    let table = cli.run(&["service", "ps", "--stack", &stack_uuid]);
    assert!(table
        .ok()
        .lines()
        .nth(1)
        .unwrap()
        .trim_end()
        .ends_with("mystack"));
    let none = cli.run(&["service", "ps", "--stack", "nope"]);
    assert_eq!(
        none.fails(3),
        "Identifier 'nope' does not match any stack\n"
    );
}

fn ps_marks_services_that_need_a_redeploy(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    cli.run(&["service", "run", "-n", "web", "nginx", "--sync"])
        .ok();
    let set = cli.run(&["service", "set", "web", "--memory", "128"]);
    set.ok();
    assert!(set.stderr.contains("service redeploy web"), "{set:#?}");
    let table = cli.run(&["service", "ps"]);
    let text = table.ok();
    assert!(text.contains("▶ Running(*)"), "{text}");
    assert!(text.ends_with(
        "\n\n(*) Please note that this service needs to be redeployed to have its configuration changes applied\n"
    ));
    let quiet = cli.run(&["service", "ps", "-q"]);
    assert!(!quiet.ok().contains("Please note"));
}

fn ps_pages_through_many_services(d: Dialect) {
    let sandbox = Server::start(&["--seed", "scale:1203"]);
    let cli = Cli::in_dialect(&sandbox, d);
    let quiet = cli.run(&["service", "ps", "-q"]);
    let lines: Vec<&str> = quiet.ok().lines().collect();
    assert_eq!(lines.len(), 1203);
    let unique: std::collections::HashSet<&&str> = lines.iter().collect();
    assert_eq!(unique.len(), 1203);
    let json = cli.run(&["service", "ps", "--json"]).json();
    assert_eq!(json.as_array().unwrap().len(), 1203);
    let table = cli.run(&["service", "ps"]);
    assert_eq!(table.ok().lines().count(), 1204);
    // Pages of 250 for the services: the trace shows each request. These services belong
    // to no stack: the table reads no stack names either.
    for args in [
        &["service", "ps", "-q", "--debug"][..],
        &["service", "ps", "--debug"],
    ] {
        let debug = cli.run(args);
        let gets = debug.sent("GET").len();
        assert_eq!(gets, 1203_usize.div_ceil(250), "{args:?}: {}", debug.stderr);
    }
}

/// An empty identifier, alone or among others, is a usage error before any request, in
/// every command that looks identifiers up (as a uuid prefix it would match everything).
fn empty_identifier_is_a_usage_error_before_any_request(d: Dialect) {
    let (_sandbox, cli) = crate::common::demo_in(d);
    for args in [
        &["service", "inspect", ""][..],
        &["service", "inspect", "web", " "],
        &["service", "logs", ""],
        &["service", "ps", "--stack", ""],
        &["container", "inspect", ""],
        &["stack", "inspect", ""],
        &["stack", "export", ""],
        &["node", "inspect", ""],
        &["trigger", "ls", ""],
        &["tag", "ls", "web", ""],
        &["exec", "", "ls"],
    ] {
        let mut with_debug = vec!["--debug"];
        with_debug.extend_from_slice(args);
        let run = cli.run(&with_debug);
        assert_eq!(run.code, 2, "{args:?}: {run:#?}");
        assert!(run.requests().is_empty(), "{args:?}: {run:#?}");
        assert!(run.stderr.contains("an identifier cannot be empty"));
        assert!(run.stdout.is_empty(), "{args:?}: {run:#?}");
    }
}

fn identifiers_resolve_by_uuid_prefix_name_and_stack(d: Dialect) {
    let (sandbox, cli) = empty(d);
    stack(&sandbox, "one");
    stack(&sandbox, "two");
    let solo = create(&cli, &["-n", "solo", "nginx"]);
    assert_eq!(inspect(&cli, &solo)["uuid"], solo.as_str());
    assert_eq!(inspect(&cli, &solo.to_uppercase())["uuid"], solo.as_str());
    assert_eq!(inspect(&cli, &solo[..8])["uuid"], solo.as_str());
    // Only a full uuid is lower-cased: an upper-case prefix is a name, never another
    // object's uuid. The prefix runs to the uuid's first letter, so that upper-casing
    // changes it (eight digits would still be a prefix).
    let letter = solo.find(|c: char| c.is_ascii_lowercase()).unwrap();
    let upper = solo[..8.max(letter + 1)].to_uppercase();
    assert_ne!(upper, solo[..upper.len()]);
    cli.run(&["service", "inspect", &upper]).fails(3);
    let named = create(&cli, &["-n", &upper, "nginx"]);
    assert_eq!(inspect(&cli, &upper)["uuid"], named.as_str());
    cli.run(&["service", "terminate", &named]).ok();
    assert_eq!(inspect(&cli, "solo")["uuid"], solo.as_str());
    let web_one = inspect(&cli, "web.one");
    assert!(web_one["stack"].as_str().unwrap().len() > 10);
    let web_two = inspect(&cli, "web.two");
    assert_ne!(web_one["uuid"], web_two["uuid"]);

    cli.run(&["service", "inspect", "web"]).ambiguous("service");
    cli.run(&["service", "inspect", "nope"])
        .not_found("a service", "nope");
    let unknown_uuid = "0b0e3538-88df-4f07-9aed-3a3cc4175076";
    let missing = cli.run(&["service", "inspect", unknown_uuid]);
    assert_eq!(
        missing.fails(3),
        format!("Cannot find a service with the identifier '{unknown_uuid}'\n")
    );
    // Several identifiers: the failure in the middle does not stop the others.
    let mixed = cli.run(&["service", "inspect", "solo", "nope", "web.two"]);
    assert_eq!(mixed.code, 3);
    let docs: Vec<Value> = serde_json::Deserializer::from_str(&mixed.stdout)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(
        mixed.stderr,
        "Cannot find a service with the identifier 'nope'\n"
    );

    // A name lookup uses the listed object directly: two requests, no detail GET.
    let debug = cli.run(&["service", "inspect", "solo", "--debug"]);
    let gets = debug.sent("GET");
    assert_eq!(gets.len(), 2, "{gets:?}");
    assert!(gets[0].contains("uuid__startswith=solo") && gets[1].contains("name=solo"));
}

fn lifecycle_operations_with_sync(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    let uuid = create(&cli, &["-n", "web", "nginx"]);
    let started = cli.run(&["service", "start", "web", "--sync"]);
    assert_eq!(started.ok(), format!("{uuid}\n"));
    assert_eq!(inspect(&cli, "web")["state"], "Running");

    let stopped = cli
        .run(&["service", "stop", "web", "--sync", "--json"])
        .json();
    assert_eq!(stopped["state"], "Stopped");

    let redeployed = cli.run(&["service", "redeploy", "web", "--sync"]);
    assert_eq!(redeployed.ok(), format!("{uuid}\n"));
    let again = cli.run(&[
        "service",
        "redeploy",
        "web",
        "--not-reuse-volumes",
        "--debug",
    ]);
    again.ok();
    assert!(
        again.stderr.contains("redeploy/?reuse_volumes=false"),
        "{}",
        again.stderr
    );

    let scaled = cli
        .run(&["service", "scale", "web", "3", "--sync", "--json"])
        .json();
    assert_eq!(scaled["target_num_containers"], 3);
    assert_eq!(scaled["current_num_containers"], 3);

    // Two identifiers of one service: one DELETE.
    let terminated = cli.run(&[
        "service",
        "terminate",
        "web",
        &uuid[..8],
        "--sync",
        "--debug",
    ]);
    assert_eq!(terminated.ok(), format!("{uuid}\n"));
    assert_eq!(terminated.sent("DELETE").len(), 1, "{}", terminated.stderr);
    assert_eq!(inspect(&cli, &uuid)["state"], "Terminated");
}

fn multiple_identifiers_continue_past_failures(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    // Names that no uuid prefix can equal (`b` could be the start of `a`'s uuid).
    let a = create(&cli, &["-n", "one", "nginx"]);
    let b = create(&cli, &["-n", "two", "nginx"]);
    let run = cli.run(&["service", "start", "one", "missing", "two"]);
    assert_eq!(run.code, 3);
    assert_eq!(run.stdout, format!("{a}\n{b}\n"), "{run:#?}");
    assert_eq!(
        run.stderr,
        "Cannot find a service with the identifier 'missing'\n"
    );
    let scale = cli.run(&["service", "scale", "one", "missing", "two", "2"]);
    assert_eq!(scale.code, 3);
    assert_eq!(scale.stdout.lines().count(), 2);
}

fn set_changes_only_what_differs(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    create(&cli, &["-n", "db", "mysql"]);
    let uuid = create(&cli, &["-n", "web", "nginx", "-t", "2"]);
    let run = cli.run(&[
        "service",
        "set",
        "web",
        "--image",
        "nginx:1.25",
        "--cpushares",
        "100",
        "--memory",
        "0",
        "-t",
        "0",
        "--privileged",
        "--autoredeploy",
        "--sequential",
        "-r",
        "run",
        "--entrypoint",
        "",
        "-p",
        "8080:80",
        "-e",
        "K=V",
        "--tag",
        "a",
        "--tag",
        "b",
        "--link-service",
        "db:db",
        "--autodestroy",
        "ON_SUCCESS",
        "--autorestart",
        "ALWAYS",
        "--role",
        "global",
        "-v",
        "/data",
        "--volumes-from",
        "db",
        "--deployment-strategy",
        "EMPTIEST_NODE",
        "--net",
        "bridge",
        "--pid",
        "none",
        "--debug",
    ]);
    assert_eq!(run.stdout, format!("{uuid}\n"), "{run:#?}");
    assert!(run
        .stderr
        .contains("Service must be redeployed to have its configuration changes applied."));
    let web = inspect(&cli, "web");
    assert!(web["image_name"]
        .as_str()
        .unwrap()
        .starts_with("nginx:1.25"));
    assert_eq!(web["cpu_shares"], 100);
    assert_eq!(web["memory"], 0);
    assert_eq!(web["target_num_containers"], 0);
    assert_eq!(web["privileged"], true);
    assert_eq!(web["autoredeploy"], true);
    assert_eq!(web["sequential_deployment"], true);
    assert_eq!(web["entrypoint"], "");
    assert_eq!(web["tags"], json!([{"name": "a"}, {"name": "b"}]));
    assert_eq!(web["roles"], json!(["global"]));
    assert_eq!(web["bindings"].as_array().unwrap().len(), 2);
    assert_eq!(
        web["container_envvars"],
        json!([{"key": "K", "value": "V"}])
    );

    // The same values again: nothing to send, no PATCH, no redeploy hint.
    let noop = cli.run(&[
        "service",
        "set",
        "web",
        "--cpushares",
        "100",
        "--privileged",
        "--debug",
    ]);
    assert_eq!(noop.stdout, format!("{uuid}\n"));
    assert!(!noop.stderr.contains("> PATCH"), "{}", noop.stderr);
    // The negative flags.
    cli.run(&[
        "service",
        "set",
        "web",
        "--no-privileged",
        "--no-autoredeploy",
        "--no-sequential",
    ])
    .ok();
    let web = inspect(&cli, "web");
    assert_eq!(web["privileged"], false);
    assert_eq!(web["autoredeploy"], false);
    assert_eq!(web["sequential_deployment"], false);

    // --redeploy --sync: PATCH, wait, redeploy, wait, then the uuid. (Without its deploy
    // tags: on a server without nodes carrying them, starting would fail.)
    cli.run(&["tag", "rm", "-t", "a", "-t", "b", "web"]).ok();
    cli.run(&["service", "set", "web", "-t", "1"]).ok();
    cli.run(&["service", "start", "web", "--sync"]).ok();
    let redeploy = cli.run(&[
        "service",
        "set",
        "web",
        "--memory",
        "64",
        "--redeploy",
        "--sync",
    ]);
    assert_eq!(redeploy.ok(), format!("{uuid}\n"));
    assert!(redeploy.stderr.contains("Redeploying Service ..."));
    assert_eq!(inspect(&cli, "web")["synchronized"], true);

    let json = cli
        .run(&["service", "set", "web", "--memory", "32", "--json"])
        .json();
    assert_eq!(json["memory"], 32);
    let missing = cli.run(&["service", "set", "web", "nope", "--memory", "1"]);
    assert_eq!(missing.code, 3);
    assert_eq!(missing.stdout, format!("{uuid}\n"));
}

/// `service env ls -q` as lines.
fn env_lines(cli: &Cli, id: &str, filter: &[&str]) -> Vec<String> {
    let mut args = vec!["service", "env", "ls", "-q", id];
    args.extend_from_slice(filter);
    cli.run(&args).ok().lines().map(str::to_string).collect()
}

fn env_commands(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    let uuid = create(
        &cli,
        &["-n", "web", "nginx", "-e", "FOO=bar", "-e", "KEEP=1"],
    );
    assert!(env_lines(&cli, "web", &["--user"]).contains(&"FOO=bar".to_string()));
    let table = cli.run(&["service", "env", "ls", "web", "--user"]);
    let text = table.ok();
    assert!(text.starts_with("ORIGIN  KEY   VALUE\n"), "{text}");
    assert!(text.contains("user    FOO   bar\n"), "{text}");
    let json = cli
        .run(&["service", "env", "ls", "web", "--json", "--user"])
        .json();
    assert_eq!(field(&json, "key"), vec!["FOO", "KEEP"]);
    assert_eq!(field(&json, "origin"), vec!["user", "user"]);
    let all = cli.run(&["service", "env", "ls", "web", "--json"]).json();
    for (flag, origin) in [("--image", "image"), ("--dockercloud", "tutum")] {
        let only = cli
            .run(&["service", "env", "ls", "web", "--json", flag])
            .json();
        assert!(field(&only, "origin").iter().all(|o| *o == origin));
        let expected = field(&all, "origin")
            .iter()
            .filter(|o| **o == origin)
            .count();
        assert_eq!(only.as_array().unwrap().len(), expected, "{flag}");
        let both = cli
            .run(&["service", "env", "ls", "web", "--json", flag, "--user"])
            .json();
        assert_eq!(both.as_array().unwrap().len(), expected + 2, "{flag}");
    }

    // add: a new key is added, an existing user key is refused (exit 3), the rest kept.
    let add = cli.run(&["service", "env", "add", "web", "-e", "NEW=1", "-e", "FOO=x"]);
    assert_eq!(add.code, 3);
    assert_eq!(add.stdout, format!("{uuid}\n"));
    assert!(add
        .stderr
        .contains("Failed to add environment variable: \"FOO\" already exist in service web"));
    assert_eq!(
        env_lines(&cli, "web", &["--user"]),
        vec!["NEW=1", "FOO=bar", "KEEP=1"]
    );
    // Every read-modify-write reads the service itself (a list entry may lack detail
    // fields) before its PATCH.
    for args in [
        &["service", "env", "add", "web", "-e", "R1=1", "--debug"][..],
        &["service", "env", "update", "web", "-e", "R1=2", "--debug"],
        &[
            "service", "env", "set", "web", "-e", "NEW=1", "-e", "FOO=bar", "-e", "KEEP=1", "-e",
            "R1=2", "--debug",
        ],
        &["service", "env", "rm", "web", "-n", "R1", "--debug"],
    ] {
        let run = cli.run(args);
        run.ok();
        let requests = run.requests();
        let patch = requests
            .iter()
            .position(|r| r.starts_with("PATCH "))
            .unwrap();
        let object = requests[patch].trim_start_matches("PATCH ");
        assert!(
            requests[..patch]
                .iter()
                .any(|r| *r == format!("GET {object}")),
            "{args:?}: {requests:?}"
        );
    }
    // Nothing to add for the first identifier: reported, and the next one still runs.
    let other = create(&cli, &["-n", "other", "nginx"]);
    let both = cli.run(&["service", "env", "add", "web", "other", "-e", "FOO=y"]);
    assert_eq!(both.code, 3);
    assert!(both
        .stderr
        .contains("No environment variables need to be added to service web"));
    assert_eq!(both.stdout, format!("{other}\n"));

    // update: existing keys only.
    cli.run(&["service", "start", "web", "--sync"]).ok();
    let update = cli.run(&[
        "service",
        "env",
        "update",
        "web",
        "-e",
        "FOO=baz",
        "--redeploy",
    ]);
    assert_eq!(update.ok(), format!("{uuid}\n"));
    assert!(update.stderr.contains("Redeploying Service ..."));
    assert!(env_lines(&cli, "web", &["--user"]).contains(&"FOO=baz".to_string()));
    let unknown = cli.run(&["service", "env", "update", "web", "-e", "NOPE=1"]);
    assert!(unknown
        .fails(3)
        .contains("No environment variables need to be updated in service web"));

    // rm: user keys only; an unknown name marks a failure.
    let rm = cli.run(&["service", "env", "rm", "web", "-n", "NEW", "-n", "NOPE"]);
    assert_eq!(rm.code, 3);
    assert!(rm.stderr.contains(
        "Failed to remove environment variable: \"NOPE\" is not a user defined environment in service web"
    ));
    assert!(!env_lines(&cli, "web", &["--user"]).contains(&"NEW=1".to_string()));
    assert!(cli
        .run(&["service", "env", "rm", "web"])
        .fails(3)
        .contains("Names of the environment variables cannot be empty."));

    // set: replaces every user variable; the same set again sends nothing.
    let set = cli
        .run(&["service", "env", "set", "web", "-e", "ONLY=1", "--json"])
        .json();
    assert_eq!(set["uuid"], uuid.as_str());
    assert_eq!(env_lines(&cli, "web", &["--user"]), vec!["ONLY=1"]);
    let again = cli.run(&["service", "env", "set", "web", "-e", "ONLY=1", "--debug"]);
    again.ok();
    assert!(!again.stderr.contains("> PATCH"));
    let empty_file = cli.home.path().join("empty.env");
    std::fs::write(&empty_file, "# nothing\n").unwrap();
    let empty = cli.run(&[
        "service",
        "env",
        "set",
        "web",
        "--env-file",
        empty_file.to_str().unwrap(),
    ]);
    assert!(empty
        .fails(3)
        .contains("Environment variables cannot be empty."));
    assert!(cli
        .run(&["service", "env", "ls", "nope"])
        .fails(3)
        .contains("nope"));
}

fn logs_print_each_source(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    cli.run(&["service", "run", "-n", "web", "nginx", "-t", "2", "--sync"])
        .ok();
    let logs = cli.run(&["service", "logs", "web", "--tail", "5"]);
    let text = logs.ok();
    assert!(text.lines().count() > 0, "{logs:#?}");
    assert!(text.lines().all(|l| l.starts_with("web-")), "{text}");
    assert!(text.contains(" | "));
    let json = cli.run(&["service", "logs", "web", "--json"]);
    let first: Value = serde_json::from_str(json.ok().lines().next().unwrap()).unwrap();
    assert!(first.get("log").is_some());
    assert!(cli
        .run(&["service", "logs", "nope"])
        .fails(3)
        .contains("nope"));
}

#[test]
fn credential_sources() {
    let sandbox = Server::start(&["--seed", "empty", "--token", "tester=Bearer sesame"]);
    let bare = || Cli::for_url(&sandbox.url, &sandbox.ws_url);
    let basic_token = Server::basic_auth()
        .trim_start_matches("Basic ")
        .to_string();

    // DOCKERCLOUD_USER + DOCKERCLOUD_PASS, and APIKEY winning over a wrong PASS.
    let pass = bare()
        .with("DOCKERCLOUD_USER", crate::common::USER)
        .with("DOCKERCLOUD_PASS", crate::common::APIKEY);
    pass.run(&["service", "ps", "-q"]).ok();
    let both = bare()
        .with("DOCKERCLOUD_USER", crate::common::USER)
        .with("DOCKERCLOUD_PASS", "wrong")
        .with("DOCKERCLOUD_APIKEY", crate::common::APIKEY);
    both.run(&["service", "ps", "-q"]).ok();
    // DOCKERCLOUD_AUTH is sent verbatim and wins over everything else.
    let token = bare()
        .with("DOCKERCLOUD_AUTH", "Bearer sesame")
        .with("DOCKERCLOUD_USER", "nobody")
        .with("DOCKERCLOUD_APIKEY", "wrong");
    token.run(&["service", "ps", "-q"]).ok();
    // A value that cannot be sent as a header: a clear error, no request.
    let broken = bare().with("DOCKERCLOUD_AUTH", "Basic a\nb");
    assert!(broken.run(&["service", "ps"]).fails(2).contains("header"));
    // Wrong credentials: "Not authorized", exit 2.
    let wrong = bare()
        .with("DOCKERCLOUD_USER", crate::common::USER)
        .with("DOCKERCLOUD_APIKEY", "wrong");
    assert_eq!(wrong.run(&["service", "ps"]).fails(2), "Not authorized\n");
    let wrong_multi = wrong.run(&["service", "start", "a", "b"]);
    assert_eq!(wrong_multi.fails(2), "Not authorized\n");

    // The Docker config file: inline auth, in the server's own entry.
    let file = bare();
    let dir = file.home.path().join(".docker");
    std::fs::create_dir_all(&dir).unwrap();
    let config = json!({"auths": {&sandbox.url: {"auth": basic_token}}});
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
    file.run(&["service", "ps", "-q"]).ok();
    // Not base64 of user:password: a clear error.
    let broken = json!({"auths": {&sandbox.url: {"auth": "???"}}});
    std::fs::write(dir.join("config.json"), broken.to_string()).unwrap();
    assert!(file
        .run(&["service", "ps"])
        .fails(2)
        .contains("config.json"));
    // Env credentials win over the file.
    let env_first = bare()
        .with("DOCKERCLOUD_USER", crate::common::USER)
        .with("DOCKERCLOUD_APIKEY", crate::common::APIKEY);
    let env_dir = env_first.home.path().join(".docker");
    std::fs::create_dir_all(&env_dir).unwrap();
    std::fs::write(env_dir.join("config.json"), r#"{"credsStore": "missing"}"#).unwrap();
    env_first.run(&["service", "ps", "-q"]).ok();

    // A credential helper, via credsStore and via credHelpers.
    let helper = bare();
    let bin = helper.home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("docker-credential-testhelper");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nread server\n[ \"$1\" = get ] || exit 1\n\
             echo '{{\"ServerURL\":\"'$server'\",\"Username\":\"{}\",\"Secret\":\"{}\"}}'\n",
            crate::common::USER,
            crate::common::APIKEY
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let missing_helper = bin.join("docker-credential-nocreds");
    std::fs::write(
        &missing_helper,
        "#!/bin/sh\necho 'credentials not found in native keychain'\nexit 1\n",
    )
    .unwrap();
    std::fs::set_permissions(&missing_helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let helper = helper.with("PATH", &path);
    let dir = helper.home.path().join(".docker");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.json"), r#"{"credsStore": "testhelper"}"#).unwrap();
    helper.run(&["service", "ps", "-q"]).ok();
    let helpers = json!({"credsStore": "nocreds", "credHelpers": {&sandbox.url: "testhelper"}});
    std::fs::write(dir.join("config.json"), helpers.to_string()).unwrap();
    helper.run(&["service", "ps", "-q"]).ok();
    std::fs::write(dir.join("config.json"), r#"{"credsStore": "nocreds"}"#).unwrap();
    assert!(helper
        .run(&["service", "ps"])
        .fails(2)
        .contains("DOCKERCLOUD_APIKEY"));
    std::fs::write(dir.join("config.json"), r#"{"credsStore": "absent"}"#).unwrap();
    let absent = helper.run(&["service", "ps"]);
    assert!(absent.fails(2).contains("docker-credential-absent"));
    assert_eq!(absent.stderr.lines().count(), 1);
}

#[test]
fn namespace_from_flag_and_environment() {
    // Docker Cloud only: namespaces do not exist in Tutum (tests/cli_tutum.rs checks the
    // refusal).
    let d = Dialect::DockerCloud;
    let (_sandbox, cli) = empty(d);
    let in_env = cli
        .clone()
        .with("DOCKERCLOUD_NAMESPACE", crate::common::USER);
    let run = in_env.run(&["service", "ps", "-q", "--debug"]);
    run.ok();
    assert!(run
        .stderr
        .contains(&d.path(&format!("/api/app/v1/{}/service/", crate::common::USER))));
    let flag = in_env.run(&["service", "ps", "-q", "--debug", "--namespace", "other"]);
    assert!(
        flag.stderr.contains(&d.path("/api/app/v1/other/service/")),
        "{flag:#?}"
    );
    let created = in_env
        .run(&["service", "create", "-n", "nsweb", "nginx", "--json"])
        .json();
    assert!(created["resource_uri"]
        .as_str()
        .unwrap()
        .contains(&format!("/{}/service/", crate::common::USER)));
    cli.run(&["service", "inspect", "nsweb"]).ok();
}

fn debug_redacts_credentials(d: Dialect) {
    let (_sandbox, cli) = empty(d);
    let run = cli.run(&["--debug", "service", "ps"]);
    run.ok();
    assert!(run.stderr.contains("Authorization: <redacted>"));
    assert!(run.stderr.contains("> GET "));
    assert!(run.stderr.contains("< 200"));
    let secret = Server::basic_auth();
    assert!(!run.stderr.contains(&secret));
    assert!(!run.stderr.contains(crate::common::APIKEY));
}

#[test]
fn reads_are_retried_and_writes_are_not() {
    // One dialect: retries are the HTTP layer's, the same in both; faults match Docker
    // Cloud paths.
    let d = Dialect::DockerCloud;
    // The demo's services belong to stacks: the table reads the stack names.
    let sandbox = Server::start(&[
        "--seed",
        "demo",
        "--fault",
        "status=503,count=2,path=/api/app/v1/service/*",
        "--fault",
        "status=429,retry-after=1,count=1,path=/api/app/v1/stack/*",
    ]);
    let cli = Cli::in_dialect(&sandbox, d);
    // The first two service requests (GETs) get 503 and are retried; the stack list gets
    // one 429 and is retried after its Retry-After.
    let run = cli.run(&["service", "ps", "--debug"]);
    run.ok();
    assert_eq!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("> GET "))
            .count(),
        5,
        "{}",
        run.stderr
    );

    let post = Server::start(&[
        "--seed",
        "empty",
        "--fault",
        "status=503,count=1,path=/api/app/v1/service/",
    ]);
    let cli = Cli::in_dialect(&post, d);
    let failed = cli.run(&["service", "create", "-n", "once", "nginx"]);
    let err = failed.fails(3);
    assert!(
        err.starts_with("Service Unavailable (injected fault) (status 503, POST /api/"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    create(&cli, &["-n", "twice", "nginx"]);
    let names = cli.run(&["service", "ps", "--json"]).json();
    assert_eq!(field(&names, "name"), vec!["twice"]);
}

#[test]
fn sync_keeps_polling_through_failures_until_its_timeout() {
    // Two whole polls fail (each after its own retries): the wait goes on and succeeds.
    let rule = "status=503,count=6,path=/api/audit/v1/action/*";
    let sandbox = Server::start(&["--seed", "empty", "--fault", rule]);
    let cli = Cli::in_dialect(&sandbox, Dialect::DockerCloud);
    let run = cli.run(&["run", "nginx", "-n", "web", "--sync"]);
    run.uuid();
    // A refused poll (4xx) ends the wait at once; an action that is gone (404) too.
    for (status, error) in [
        ("403", "(status 403, GET /api/audit/v1/action/"),
        ("404", "is gone"),
    ] {
        let rule = format!("status={status},path=/api/audit/v1/action/*");
        let sandbox = Server::start(&["--seed", "empty", "--fault", &rule]);
        let cli = Cli::in_dialect(&sandbox, Dialect::DockerCloud);
        let run = cli.run(&["run", "nginx", "-n", "web", "--sync"]);
        assert!(run.fails(3).contains(error), "{run:#?}");
    }
    // Failing polls end with the timeout, naming the last error.
    let rule = "status=503,path=/api/audit/v1/action/*";
    let sandbox = Server::start(&["--seed", "empty", "--fault", rule]);
    let cli = Cli::in_dialect(&sandbox, Dialect::DockerCloud);
    let run = cli.run(&["run", "nginx", "-n", "web", "--sync", "--timeout", "3"]);
    let err = run.fails(3);
    assert!(err.contains("Timed out after 3 s"), "{run:#?}");
    assert!(
        err.contains("(last error: Service Unavailable (injected fault) (status 503, GET /api/"),
        "{run:#?}"
    );
}

#[test]
fn broken_replies_are_one_line_errors() {
    // One dialect: error handling is the HTTP layer's, the same in both; faults match
    // Docker Cloud paths.
    let d = Dialect::DockerCloud;
    for (fault, expected) in [
        ("malformed", "Invalid JSON in the response (GET "),
        ("truncate", "Invalid JSON in the response (GET "),
        (
            "status=500",
            "Internal Server Error (injected fault) (status 500, GET /api/",
        ),
        (
            "status=404",
            "Not Found (injected fault) (status 404, GET /api/",
        ),
    ] {
        let rule = format!("{fault},path=/api/app/v1/service/*");
        let sandbox = Server::start(&["--seed", "empty", "--fault", &rule]);
        let cli = Cli::in_dialect(&sandbox, d);
        let run = cli.run(&["service", "ps", "-q"]);
        let err = run.fails(3);
        assert!(err.starts_with(expected), "{fault}: {err}");
        assert_eq!(err.lines().count(), 1, "{fault}: {err}");
    }
    // A dropped connection on a read is retried.
    let sandbox = Server::start(&[
        "--seed",
        "empty",
        "--fault",
        "drop,count=1,path=/api/app/v1/service/*",
    ]);
    Cli::in_dialect(&sandbox, d)
        .run(&["service", "ps", "-q"])
        .ok();
    // A reply slower than DOCKERCLOUD_TIMEOUT times out.
    let slow = Server::start(&[
        "--seed",
        "empty",
        "--fault",
        "delay=3s,path=/api/app/v1/service/*",
    ]);
    let cli = Cli::in_dialect(&slow, d).with("DOCKERCLOUD_TIMEOUT", "0.2");
    let run = cli.run(&["service", "ps", "-q"]);
    assert!(run.fails(3).contains("timed out"), "{run:#?}");
    // Nothing listening.
    let closed = Cli::offline();
    let run = closed.run(&["service", "inspect", "web"]);
    assert!(run.fails(3).contains("127.0.0.1:9"), "{run:#?}");
    assert_eq!(run.stderr.lines().count(), 1);
}

fn sync_gives_up_after_its_timeout(d: Dialect) {
    let sandbox = Server::start_at_speed("realistic", &["--seed", "empty"]);
    let cli = Cli::in_dialect(&sandbox, d);
    let uuid = create(&cli, &["-n", "slow", "nginx"]);
    let run = cli.run(&["service", "start", "slow", "--sync", "--timeout", "1"]);
    assert_eq!(run.code, 3, "{run:#?}");
    assert_eq!(run.stdout, format!("{uuid}\n"));
    assert!(run.stderr.starts_with("Timed out after 1 s"), "{run:#?}");
    // --timeout only goes with --sync.
    cli.run(&["service", "start", "slow", "--timeout", "1"])
        .fails(2);
}

/// The requests a `--debug` run made, as `METHOD /path?query`.
fn requests(run: &crate::common::Run, host: &str) -> Vec<String> {
    run.requests()
        .iter()
        .map(|line| line.replacen(host, "", 1))
        .collect()
}

#[test]
fn state_changing_requests_match_the_original() {
    // Docker Cloud only: the exact request paths of the original Docker Cloud CLI.
    let d = Dialect::DockerCloud;
    let (sandbox, cli) = empty(d);
    let uuid = create(&cli, &["-n", "web", "nginx"]);
    let object = format!("/api/app/v1/{}/service/{uuid}/", crate::common::USER);
    let list = "/api/app/v1/service/";
    let run = cli.run(&["--debug", "service", "start", "web"]);
    assert_eq!(
        requests(&run, &sandbox.url),
        vec![
            format!("GET {list}?uuid__startswith=web&limit=2"),
            format!("GET {list}?name=web&limit=2"),
            format!("POST {object}start/"),
        ]
    );
    let run = cli.run(&["--debug", "service", "scale", &uuid, "2"]);
    assert_eq!(
        requests(&run, &sandbox.url),
        vec![
            format!("GET {list}{uuid}/"),
            format!("PATCH {object}"),
            format!("POST {object}scale/"),
        ]
    );
    let run = cli.run(&["--debug", "service", "redeploy", &uuid[..8]]);
    assert_eq!(
        requests(&run, &sandbox.url),
        vec![
            format!("GET {list}?uuid__startswith={}&limit=2", &uuid[..8]),
            format!("POST {object}redeploy/?reuse_volumes=true"),
        ]
    );
    let run = cli.run(&["--debug", "service", "terminate", &uuid]);
    assert_eq!(
        requests(&run, &sandbox.url),
        vec![format!("GET {list}{uuid}/"), format!("DELETE {object}")]
    );
    let run = cli.run(&["--debug", "run", "-n", "new", "nginx"]);
    let sent = requests(&run, &sandbox.url);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0], format!("POST {list}"));
    assert!(sent[1].starts_with("POST /api/app/v1/") && sent[1].ends_with("/start/"));
    // The request body: explicit false and [] are sent, absent options are not.
    let body = run
        .stderr
        .lines()
        .find(|l| l.starts_with("> {"))
        .and_then(|l| serde_json::from_str::<Value>(&l[2..]).ok())
        .expect("traced body");
    assert_eq!(
        body,
        json!({"image": "nginx", "name": "new", "privileged": false, "autoredeploy": false,
               "sequential_deployment": false, "container_ports": [], "container_envvars": [],
               "linked_to_service": [], "tags": [], "bindings": []})
    );
}

fn run_reports_a_service_it_could_not_start(d: Dialect) {
    let sandbox = Server::start(&["--seed", "empty", "--fault", "status=500,path=*/start/"]);
    let cli = Cli::in_dialect(&sandbox, d);
    let run = cli.run(&["run", "-n", "web", "nginx"]);
    let err = run.fails(3);
    let uuid = inspect(&cli, "web")["uuid"].as_str().unwrap().to_string();
    assert!(
        err.starts_with(&format!(
            "Service {uuid} was created but could not be started: Internal Server Error"
        )),
        "{err}"
    );
}

both_dialects!(
    create_sends_the_full_definition,
    create_run_and_top_level_run,
    ps_table_json_quiet_and_filters,
    ps_marks_services_that_need_a_redeploy,
    ps_pages_through_many_services,
    identifiers_resolve_by_uuid_prefix_name_and_stack,
    empty_identifier_is_a_usage_error_before_any_request,
    lifecycle_operations_with_sync,
    multiple_identifiers_continue_past_failures,
    set_changes_only_what_differs,
    env_commands,
    logs_print_each_source,
    debug_redacts_credentials,
    sync_gives_up_after_its_timeout,
    run_reports_a_service_it_could_not_start,
);

/// A variable that is not UTF-8, anywhere in the environment, is ignored; an argument that
/// is not UTF-8 is a usage error; neither is a panic.
#[test]
fn what_is_not_utf8_is_no_panic() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let (_sandbox, cli) = empty(Dialect::DockerCloud);
    let not_utf8 = OsStr::from_bytes(b"\xff");
    let output = cli
        .command(&["service", "ps", "-q"])
        .env("NOT_UTF8", not_utf8)
        .output()
        .expect("run docker-cloud");
    let run = crate::common::Run::from(output);
    assert_eq!(run.ok(), "", "{run:#?}");
    for first in [&["service"][..], &[]] {
        let output = cli
            .command(first)
            .arg(not_utf8)
            .output()
            .expect("run docker-cloud");
        let run = crate::common::Run::from(output);
        assert_eq!(run.code, 2, "{run:#?}");
        assert_eq!(run.stderr.lines().count(), 1, "{run:#?}");
    }
}
