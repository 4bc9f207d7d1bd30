//! `docker-cloud` against `docker-cloud-server --runtime swarm` on a one-node swarm made
//! here on loopback (`docker swarm init`) and left again at the end, each result checked
//! with the `docker` command. The same rules as the Docker runtime tests: skipped without
//! an engine, failing under `CI=true`, everything removed by label, and a swarm a killed
//! test process made is left by the next run.

use std::io::{Read, Write};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::run_in;
use crate::docker::{
    api_containers, docker, eventually, newest_action_log, run_service, Durable, IMAGE,
    INSTANCE_LABEL,
};

/// The node label that marks a swarm made by a test process (its pid).
const SWARM_LABEL: &str = "dockercloud.test.swarm";
/// A web server that stops at once on SIGTERM (busybox httpd as PID 1 ignores it).
const WEB: &str = "sh -c 'trap \"exit 0\" TERM; httpd -f -p 80 -h /www & wait'";
/// A process that idles, printing a line first and stopping at once on SIGTERM.
const IDLE: &str = "sh -c 'echo started-$HOSTNAME; trap \"exit 0\" TERM; sleep 1000 & wait'";

/// Runs `docker`, whatever it answers.
fn try_docker(args: &[&str]) -> Option<String> {
    let out = Command::new("docker").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Removes the swarm services `filter` (`label=...`) selects, every one without a filter,
/// when there is a swarm.
pub fn remove_services(filter: Option<&str>) {
    let mut list = vec!["service", "ls", "-q"];
    list.extend(
        filter
            .map(|filter| ["--filter", filter])
            .into_iter()
            .flatten(),
    );
    let ids = try_docker(&list).unwrap_or_default();
    let ids: Vec<&str> = ids.split_whitespace().collect();
    if !ids.is_empty() {
        let mut args = vec!["service", "rm"];
        args.extend(ids);
        try_docker(&args);
    }
}

/// Leaves a swarm made by a test process that no longer runs, and removes the swarm
/// services of dead test servers from any other.
pub fn remove_leftovers() {
    let format = format!("{{{{index .Spec.Labels \"{SWARM_LABEL}\"}}}}");
    if let Some(pid) = try_docker(&["node", "inspect", "self", "--format", &format]) {
        let pid = pid.trim();
        if !pid.is_empty() && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            leave();
            return;
        }
    }
    let format = format!("{{{{.ID}}}} {{{{index .Spec.Labels \"{INSTANCE_LABEL}\"}}}}");
    let services = try_docker(&["service", "ls", "-q"]).unwrap_or_default();
    for id in services.split_whitespace() {
        let owner = try_docker(&["service", "inspect", id, "--format", &format]);
        if owner.is_some_and(|o| o.split_whitespace().nth(1).is_some_and(crate::docker::dead)) {
            try_docker(&["service", "rm", id]);
        }
    }
}

/// Leaves the swarm and removes the bridge network swarm mode made: once the task
/// containers are gone (leaving while swarm still tears them down can strand an endpoint on
/// that network), and again while the engine still detaches the ingress endpoint from it.
fn leave() {
    let tasks = || {
        try_docker(&["ps", "-aq", "--filter", "label=com.docker.swarm.task.id"])
            .is_some_and(|ids| !ids.trim().is_empty())
    };
    remove_services(None);
    let services_gone = Instant::now() + Duration::from_secs(20);
    while tasks() && Instant::now() < services_gone {
        std::thread::sleep(Duration::from_millis(200));
    }
    try_docker(&["swarm", "leave", "--force"]);
    let bridge_gone = Instant::now() + Duration::from_secs(10);
    while try_docker(&["network", "rm", "docker_gwbridge"]).is_none()
        && try_docker(&["network", "inspect", "docker_gwbridge"]).is_some()
        && Instant::now() < bridge_gone
    {
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A one-node swarm on loopback for the length of a test: made here (and left on drop)
/// unless the engine already manages one.
struct Swarm {
    ours: bool,
}

impl Swarm {
    fn join() -> Swarm {
        let state = docker(&["info", "--format", "{{.Swarm.LocalNodeState}}"]);
        if state.trim() == "active" {
            return Swarm { ours: false };
        }
        docker(&[
            "swarm",
            "init",
            "--advertise-addr",
            "127.0.0.1",
            "--listen-addr",
            "127.0.0.1:2377",
        ]);
        let swarm = Swarm { ours: true };
        let mark = format!("{SWARM_LABEL}={}", std::process::id());
        let node = docker(&["info", "--format", "{{.Swarm.NodeID}}"]);
        docker(&["node", "update", "--label-add", &mark, node.trim()]);
        swarm
    }
}

impl Drop for Swarm {
    fn drop(&mut self) {
        if self.ours {
            leave();
        }
    }
}

/// The ids of a swarm service's tasks that swarm wants running, sorted.
fn running_tasks(service: &str) -> Vec<String> {
    let out = docker(&[
        "service",
        "ps",
        "-q",
        "--filter",
        "desired-state=running",
        service,
    ]);
    let mut ids: Vec<String> = out.split_whitespace().map(str::to_string).collect();
    ids.sort();
    ids
}

/// The swarm service of an API service uuid: `docker service inspect` of `<name>-<uuid8>`.
fn swarm_service(name: &str, uuid: &str) -> Value {
    let out = docker(&["service", "inspect", &format!("{name}-{}", &uuid[..8])]);
    serde_json::from_str::<Value>(&out).unwrap()[0].clone()
}

/// A GET of `/` on a published port of this machine.
fn http_get(port: &str) -> String {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap()))
        .expect("connect to the published port");
    stream
        .write_all(b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply
}

#[test]
fn services_run_as_swarm_services_and_containers_as_their_tasks() {
    let Some(durable) = Durable::new() else {
        return;
    };
    let _swarm = Swarm::join();
    let mut first = durable.start_runtime("swarm");
    let cli = &first.cli;

    // The manager is the one node, with the swarm's own facts (read within seconds).
    let mut nodes = Value::Null;
    eventually("the swarm's node", || {
        nodes = cli.run(&["node", "ls", "--json"]).json();
        nodes.as_array().is_some_and(|n| !n.is_empty())
    });
    let node = &nodes[0];
    let hostname = docker(&["info", "--format", "{{.Name}}"]);
    assert_eq!(node["external_fqdn"], hostname.trim());
    assert_eq!(node["state"], "Deployed");
    let node_uuid = node["uuid"].as_str().unwrap().to_string();

    // Nodes labelled with a cluster name make up that node cluster.
    let node_id = docker(&["info", "--format", "{{.Swarm.NodeID}}"]);
    let label = "dockercloud.nodecluster=edge";
    docker(&["node", "update", "--label-add", label, node_id.trim()]);
    let mut clusters = Value::Null;
    eventually("the node cluster", || {
        clusters = cli.run(&["nodecluster", "ls", "--json"]).json();
        clusters.as_array().is_some_and(|c| !c.is_empty())
    });
    assert_eq!(clusters[0]["name"], "edge");
    assert_eq!(clusters[0]["current_num_nodes"], 1);
    let refused = cli.run(&[
        "nodecluster",
        "create",
        "more",
        "digitalocean",
        "lon1",
        "1gb",
    ]);
    assert!(refused.fails(3).contains("node byo"));

    // The manager cannot leave its own swarm.
    let refused = cli.run(&["node", "rm", &node_uuid]);
    assert!(refused.fails(3).contains("swarm manager"));

    // `node byo` answers the swarm's real join command.
    let byo = cli.run(&["node", "byo"]).ok().to_string();
    let token = docker(&["swarm", "join-token", "-q", "worker"]);
    assert!(
        byo.contains(&format!(
            "docker swarm join --token {} 127.0.0.1:2377",
            token.trim()
        )),
        "{byo}"
    );

    // Three replicas: three tasks, three containers, ports published on the node.
    let web = run_service(cli, "web", &["-t", "3", "-p", "80"], WEB, IMAGE);
    let service = swarm_service("web", &web);
    assert_eq!(service["Spec"]["Mode"]["Replicated"]["Replicas"], 3);
    assert_eq!(
        service["Spec"]["Labels"]["dockercloud.service"],
        web.as_str()
    );
    assert_eq!(service["Spec"]["EndpointSpec"]["Mode"], "dnsrr");
    let swarm_name = service["Spec"]["Name"].as_str().unwrap().to_string();
    assert_eq!(running_tasks(&swarm_name).len(), 3);
    let containers = api_containers(cli, "web");
    assert_eq!(containers.len(), 3);
    for c in &containers {
        assert_eq!(c["state"], "Running", "{c}");
        assert!(c["node"].as_str().unwrap().contains(&node_uuid));
        let port = c["container_ports"][0]["outer_port"].to_string();
        assert!(http_get(&port).contains("hello from busybox"));
    }

    // One container cannot move alone.
    let one = containers[0]["uuid"].as_str().unwrap();
    let refused = cli.run(&["container", "stop", one]);
    assert!(refused.fails(3).contains("one swarm service"));

    // Scale down and up: replicas follow, each task is one container.
    cli.run(&["service", "scale", "web", "2", "--sync"]).ok();
    assert_eq!(api_containers(cli, "web").len(), 2);
    let replicas = &swarm_service("web", &web)["Spec"]["Mode"]["Replicated"]["Replicas"];
    assert_eq!(*replicas, 2);
    eventually("two running tasks", || {
        running_tasks(&swarm_name).len() == 2
    });
    cli.run(&["service", "scale", "web", "3", "--sync"]).ok();
    assert_eq!(api_containers(cli, "web").len(), 3);
    eventually("three running tasks", || {
        running_tasks(&swarm_name).len() == 3
    });

    // Stop scales to nothing, start back to the containers' count (no forced update).
    cli.run(&["service", "stop", "web", "--sync"]).ok();
    assert!(api_containers(cli, "web")
        .iter()
        .all(|c| c["state"] == "Stopped"));
    eventually("no running task", || running_tasks(&swarm_name).is_empty());
    let forced = |s: &Value| {
        s["Spec"]["TaskTemplate"]["ForceUpdate"]
            .as_u64()
            .unwrap_or(0)
    };
    let stopped = forced(&swarm_service("web", &web));
    cli.run(&["service", "start", "web", "--sync"]).ok();
    assert!(api_containers(cli, "web")
        .iter()
        .all(|c| c["state"] == "Running"));
    let started = swarm_service("web", &web);
    assert_eq!(started["Spec"]["Mode"]["Replicated"]["Replicas"], 3);
    assert_eq!(
        forced(&started),
        stopped,
        "tasks restarted by a forced update"
    );

    // A redeploy replaces every task.
    let before = running_tasks(&swarm_name);
    cli.run(&["service", "redeploy", "web", "--sync"]).ok();
    eventually("three new tasks", || {
        let after = running_tasks(&swarm_name);
        after.len() == 3 && after.iter().all(|t| !before.contains(t))
    });
    assert!(api_containers(cli, "web")
        .iter()
        .all(|c| c["state"] == "Running"));

    // A stack with links: its own overlay network, reached by alias.
    let dir = tempfile::tempdir().unwrap();
    let stackfile = format!(
        "db:\n  image: {IMAGE}\n  command: {WEB:?}\n\
         app:\n  image: {IMAGE}\n  command: {IDLE:?}\n  links:\n    - db:database\n"
    );
    std::fs::write(dir.path().join("docker-cloud.yml"), stackfile).unwrap();
    run_in(cli, dir.path(), &["stack", "up", "-n", "linked", "--sync"]).ok();
    let stacks = docker(&["stack", "ls", "--format", "{{.Name}} {{.Services}}"]);
    assert!(stacks.lines().any(|l| l == "linked 2"), "{stacks}");
    let app = &api_containers(cli, "app.linked")[0];
    let exec = cli.run(&[
        "exec",
        app["uuid"].as_str().unwrap(),
        "--",
        "sh",
        "-c",
        "wget -qO- http://database/ && wget -qO- http://db/",
    ]);
    assert_eq!(exec.ok(), "hello from busybox\nhello from busybox\n");
    eventually("the task's log", || {
        cli.run(&["service", "logs", "app.linked"])
            .ok()
            .contains("started-")
    });

    // EVERY_NODE is a global service: one task on the one node.
    let every = run_service(
        cli,
        "every",
        &["--deployment-strategy", "EVERY_NODE"],
        IDLE,
        IMAGE,
    );
    let global = swarm_service("every", &every);
    assert!(global["Spec"]["Mode"]["Global"].is_object(), "{global}");
    assert_eq!(api_containers(cli, "every").len(), 1);

    // Deploy tags place on node labels, and refuse where no node has them.
    cli.run(&["tag", "add", "-t", "fast", &node_uuid]).ok();
    let fast = run_service(cli, "fast", &["--tag", "fast"], IDLE, IMAGE);
    let labels = docker(&[
        "node",
        "inspect",
        "self",
        "--format",
        "{{index .Spec.Labels \"fast\"}}",
    ]);
    assert_eq!(labels.trim(), "true");
    let constraints = &swarm_service("fast", &fast)["Spec"]["TaskTemplate"]["Placement"];
    assert_eq!(constraints["Constraints"][0], "node.labels.fast==true");
    assert_eq!(api_containers(cli, "fast")[0]["state"], "Running");
    let nowhere = cli.run(&[
        "run", "--name", "nowhere", "--tag", "nosuch", "-r", IDLE, IMAGE, "--sync",
    ]);
    nowhere.fails(3);
    let stuck = &api_containers(cli, "nowhere")[0];
    assert_eq!(stuck["state"], "Stopped");
    let log = newest_action_log(cli);
    assert!(log.contains("no suitable node"), "{log}");

    // A redeploy to an image no node has fails with swarm's reason, and swarm rolls the
    // service back: its task runs the previous image again, bound to the container. One
    // to an image it has runs again.
    let bad = run_service(cli, "bad", &[], IDLE, IMAGE);
    let bad_name = format!("bad-{}", &bad[..8]);
    let missing = format!("docker-cloud-test/missing:{}", first.instance);
    let set = ["service", "set", "bad", "--redeploy", "--sync", "--image"];
    cli.run(&[&set[..], &[missing.as_str()]].concat()).fails(3);
    let log = newest_action_log(cli);
    assert!(log.contains("No such image"), "{log}");
    let restored = docker(&[
        "service",
        "ps",
        "--filter",
        "desired-state=running",
        "--format",
        "{{.Image}} {{.CurrentState}}",
        &bad_name,
    ]);
    assert!(
        restored.starts_with(&format!("{IMAGE} Running")) && restored.lines().count() == 1,
        "{restored}"
    );
    assert_eq!(api_containers(cli, "bad")[0]["state"], "Running");
    let service = cli.run(&["service", "inspect", "bad", "--json"]).json();
    assert_eq!(service["state"], "Running", "{service}");
    cli.run(&[&set[..], &[IMAGE]].concat()).ok();
    assert_eq!(api_containers(cli, "bad")[0]["state"], "Running");

    // A swarm service left with more replicas than its service has containers (by a
    // server killed during a scale-down) is scaled back when the server starts again.
    first.kill();
    let replicas = format!("--replicas={}", containers.len() + 1);
    docker(&["service", "update", "-d", &replicas, &swarm_name]);
    let engine = durable.start_runtime("swarm");
    let cli = &engine.cli;
    eventually("the replicas of the containers", || {
        swarm_service("web", &web)["Spec"]["Mode"]["Replicated"]["Replicas"] == 3
    });
    eventually("three containers on three running tasks", || {
        let api = api_containers(cli, "web");
        running_tasks(&swarm_name).len() == 3
            && api.len() == 3
            && api.iter().all(|c| c["state"] == "Running")
    });

    // Terminating removes the swarm services, then their networks.
    for s in ["web", "every", "fast", "nowhere", "bad"] {
        cli.run(&["service", "terminate", s, "--sync"]).ok();
    }
    cli.run(&["stack", "terminate", "linked", "--sync"]).ok();
    let filter = format!("label={INSTANCE_LABEL}={}", engine.instance);
    assert_eq!(docker(&["service", "ls", "-q", "--filter", &filter]), "");
    eventually("the networks gone", || {
        docker(&["network", "ls", "-q", "--filter", &filter]).is_empty()
    });
    drop(first);
}
