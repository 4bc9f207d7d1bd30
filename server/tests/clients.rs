//! What the original clients (docker-cloud 1.0.9, python-dockercloud 1.0.12, tutum 0.21.1)
//! send and expect, over raw HTTP: the forms they use that the server must take as the
//! real service did.

use serde_json::{json, Value};

use crate::common::{text, Server, APIKEY, USER};
use crate::rest::{ok_op, uri, Api};
use crate::streams::{connect, next_json, until_end, End};

/// A server started from a seed file holding `objects` (kind: entries).
pub fn seeded(objects: Value) -> (Api, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = dir.path().join("seed.json");
    let file = json!({"format": "docker-cloud-server/1", "objects": objects});
    std::fs::write(&seed, file.to_string()).expect("seed written");
    (Api::start(&["--seed-file", seed.to_str().unwrap()]), dir)
}

#[test]
fn node_cluster_create_takes_numbers_as_strings_and_refuses_closed_types() {
    // A catalog of one provider and region, with one node type open and one closed.
    let provider = "/api/infra/v1/provider/digitalocean/";
    let region = "/api/infra/v1/region/digitalocean/ams3/";
    let node_type = |name: &str, available: bool| {
        json!({"id": format!("digitalocean/{name}"), "namespace": null, "object": {
            "available": available, "name": name, "provider": provider, "regions": [region],
            "resource_uri": format!("/api/infra/v1/nodetype/digitalocean/{name}/")}})
    };
    let (api, _dir) = seeded(json!({
        "provider": [{"id": "digitalocean", "namespace": null, "object": {
            "available": true, "name": "digitalocean", "regions": [region],
            "resource_uri": provider}}],
        "region": [{"id": "digitalocean/ams3", "namespace": null, "object": {
            "available": true, "name": "ams3", "provider": provider, "resource_uri": region}}],
        "nodetype": [node_type("1gb", true), node_type("2gb", false)],
    }));
    let body = |node_type: &str, disk: Value| {
        json!({"name": format!("c{}", node_type.len()), "disk": disk, "target_num_nodes": "2",
               "node_type": format!("/api/infra/v1/nodetype/digitalocean/{node_type}/"),
               "region": "/api/infra/v1/region/digitalocean/ams3/"})
    };
    // `nodecluster create --disk 100` sends the size as a string.
    let created = api.post("/api/infra/v1/nodecluster/", body("1gb", json!("100")));
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["disk"], 100);
    assert_eq!(created.body["target_num_nodes"], 2);
    for bad in [json!("lots"), json!(-1), json!("")] {
        let refused = api.post("/api/infra/v1/nodecluster/", body("1gb", bad.clone()));
        assert_eq!(refused.status, 400, "{bad}: {}", refused.body);
    }
    let closed = api.post("/api/infra/v1/nodecluster/", body("2gb", json!(60)));
    assert_eq!(closed.status, 400, "{}", closed.body);
    assert!(closed.body["error"]
        .as_str()
        .unwrap()
        .contains("not available"));
    let deployed = ok_op(&api, &format!("{}deploy/", uri(&created.body)));
    assert_eq!(deployed["current_num_nodes"], 2);
}

#[test]
fn both_sdks_check_credentials_and_401_says_how_to_authenticate() {
    let api = Api::demo();
    let http = reqwest::blocking::Client::new();
    let apikey = format!("ApiKey {USER}:{APIKEY}");
    for path in ["/auth/", "/auth", "/api/v1/auth/", "/api/v1/auth"] {
        for good in [Server::basic_auth(), apikey.clone()] {
            let r = http
                .get(format!("{}{path}", api.sb.url))
                .header("Authorization", good)
                .send()
                .unwrap();
            assert_eq!(r.status(), 200, "{path}");
            let body: Value = r.json().unwrap();
            assert_eq!(body["objects"][0]["username"], USER, "{path}: {body}");
        }
        let bad = http
            .get(format!("{}{path}", api.sb.url))
            .basic_auth(USER, Some("wrong"))
            .send()
            .unwrap();
        assert_eq!(bad.status(), 401, "{path}");
        assert!(bad.headers().contains_key("www-authenticate"), "{path}");
        let body: Value = bad.json().unwrap();
        assert!(body["error"].is_string(), "{path}: {body}");
    }
    for path in ["/api/app/v1/service/", "/api/v1/service/"] {
        let r = http.get(format!("{}{path}", api.sb.url)).send().unwrap();
        assert_eq!(r.status(), 401);
        let challenge = r.headers()["www-authenticate"].to_str().unwrap();
        assert!(challenge.starts_with("Basic realm="), "{challenge}");
    }
}

/// The lines of an action's log.
fn action_log(api: &Api, action: &str) -> Vec<String> {
    let mut ws = connect(&api.sb, &format!("{action}logs/?follow=false"));
    let (lines, end) = until_end(&mut ws);
    assert_eq!(end, End::Normal);
    lines.iter().map(|l| text(l, "log").to_string()).collect()
}

#[test]
fn an_action_finishes_once() {
    let api = Api::demo();
    let cluster = api.one("/api/infra/v1/nodecluster/?name=production");
    let renamed = api.patch(&uri(&cluster), json!({"nickname": "prod"}));
    assert_eq!(renamed.status, 202, "{}", renamed.body);
    let action = renamed.action.clone().unwrap();
    let lines = action_log(&api, &action);
    let finished = lines
        .iter()
        .filter(|l| l.starts_with("Action finished"))
        .count();
    assert_eq!(finished, 1, "{lines:?}");
}

#[test]
fn a_tagged_service_with_no_node_carrying_its_tags_fails_its_action() {
    let api = Api::demo();
    let created = api.post(
        "/api/app/v1/service/",
        json!({"image": "redis", "name": "nowhere", "tags": [{"name": "nosuch"}],
               "target_num_containers": 2}),
    );
    assert_eq!(created.status, 201, "{}", created.body);
    let started = api.op(&format!("{}start/", uri(&created.body)));
    assert_eq!(started.status, 202, "{}", started.body);
    let action = api.action_of(&started);
    assert_eq!(action["state"], "Failed");
    let lines = action_log(&api, &uri(&action)).join("");
    assert!(lines.contains("no suitable node"), "{lines}");
    let containers = api.all(&format!(
        "/api/app/v1/container/?service={}",
        uri(&created.body)
    ));
    assert_eq!(containers.len(), 2);
    assert!(containers
        .iter()
        .all(|c| c["state"] == "Stopped" && c["node"].is_null()));
    assert_eq!(api.get(&uri(&created.body))["state"], "Stopped");
}

#[test]
fn events_come_once_per_change_in_causal_order() {
    let api = Api::demo();
    let hello = api.one("/api/app/v1/service/?name=hello");
    let service = uri(&hello);
    ok_op(&api, &format!("{service}stop/"));
    api.patch(&service, json!({"target_num_containers": 3}));
    let mut ws = connect(&api.sb, "/api/audit/v1/events/");
    assert_eq!(next_json(&mut ws)["type"], "auth");
    let started = api.op(&format!("{service}start/"));
    assert_eq!(started.status, 202);
    let action = started.action.unwrap();
    let mut events = Vec::new();
    loop {
        let event = next_json(&mut ws);
        let done = event["resource_uri"] == action.as_str() && event["state"] == "Success";
        events.push(event);
        if done {
            break;
        }
    }
    let seen: Vec<String> = events
        .iter()
        .map(|e| format!("{} {} {}", e["type"], e["action"], e["state"]))
        .collect();
    // The action's creation comes first: everything else follows from it.
    assert_eq!(events[0]["resource_uri"], action.as_str(), "{seen:#?}");
    assert_eq!(events[0]["action"], "create", "{seen:#?}");
    // Each object's events are changes: never the same state twice in a row.
    let mut last: std::collections::HashMap<String, String> = Default::default();
    for e in &events {
        let state = e["state"].as_str().unwrap().to_string();
        let before = last.insert(text(e, "resource_uri").to_string(), state.clone());
        assert_ne!(before, Some(state), "{seen:#?}");
    }
    let service_states: Vec<&str> = events
        .iter()
        .filter(|e| e["resource_uri"] == service.as_str())
        .map(|e| text(e, "state"))
        .collect();
    assert_eq!(service_states, ["Starting", "Running"], "{seen:#?}");
}

#[test]
fn links_repositories_in_use_and_nodes_last_seen_are_facts_of_the_moment() {
    let api = Api::demo();
    // Linked services' containers are linked, whichever service started first.
    let web = api.one("/api/app/v1/service/?name=web");
    let db = api.one("/api/app/v1/service/?name=db");
    let db_containers: Vec<Value> = api
        .all(&format!("/api/app/v1/container/?service={}", uri(&db)))
        .into_iter()
        .map(|c| c["resource_uri"].clone())
        .collect();
    for c in api.all(&format!("/api/app/v1/container/?service={}", uri(&web))) {
        let links = c["linked_to_container"].as_array().unwrap();
        assert!(!links.is_empty(), "{c}");
        for link in links {
            assert_eq!(link["from_container"], c["resource_uri"]);
            assert!(db_containers.contains(&link["to_container"]), "{link}");
            assert_eq!(text(link, "name"), "DB_1");
        }
    }
    // A repository a service runs is in use, in the list as in the detail.
    let listed = api.all("/api/repo/v1/repository/");
    let in_use = |name: &str| listed.iter().find(|r| r["name"] == name).unwrap()["in_use"].clone();
    assert_eq!(in_use("registry.local/demo/api"), true);
    assert_eq!(in_use("quay.io/demo/worker"), false);
    assert_eq!(
        api.get("/api/repo/v1/repository/registry.local/demo/api/")["in_use"],
        true
    );
    // A deployed node was seen just now, not when it was deployed days ago.
    for node in api.all("/api/infra/v1/node/?state=Deployed") {
        let seen = age(text(&node, "last_seen"));
        assert!(seen < 120, "{node}");
        assert_ne!(node["last_seen"], node["deployed_datetime"]);
    }
}

/// Seconds since an RFC 2822 time of the API (`Mon, 13 Oct 2014 11:01:43 +0000`).
fn age(rfc2822: &str) -> i64 {
    let then = chrono::DateTime::parse_from_rfc2822(rfc2822).expect("RFC 2822 time");
    (chrono::Utc::now() - then.to_utc()).num_seconds()
}

#[test]
fn volumes_from_takes_a_mode_and_reference_errors_say_where_they_looked() {
    let api = Api::demo();
    let stack = |name: &str, app: Value| {
        json!({"name": name, "services": [
            {"name": "secrets", "image": "busybox", "volumes": ["/secrets"]}, app]})
    };
    let made = api.post(
        "/api/app/v1/stack/",
        stack(
            "vault",
            json!({"name": "app", "image": "busybox",
                              "volumes_from": ["secrets:ro", "secrets:rw"]}),
        ),
    );
    assert_eq!(made.status, 201, "{}", made.body);
    let secrets = api.one("/api/app/v1/service/?name=secrets&stack__name=vault");
    let app = api.one("/api/app/v1/service/?name=app&stack__name=vault");
    let from: Vec<(Value, Value)> = app["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["volumes_from"].clone(), b["rewritable"].clone()))
        .collect();
    let secrets_uri = secrets["resource_uri"].clone();
    assert_eq!(
        from,
        [
            (secrets_uri.clone(), json!(false)),
            (secrets_uri, json!(true))
        ]
    );
    for (key, value, what) in [
        (
            "volumes_from",
            json!(["nowhere:ro"]),
            "volumes_from service 'nowhere'",
        ),
        ("links", json!(["ghost:db"]), "linked service 'ghost'"),
    ] {
        let refused = api.post(
            "/api/app/v1/stack/",
            stack(
                "broken",
                json!({"name": "app", "image": "busybox", key: value}),
            ),
        );
        assert_eq!(refused.status, 400);
        let error = text(&refused.body, "error");
        for part in ["service 'app'", what, "stack 'broken'"] {
            assert!(error.contains(part), "{part}: {error}");
        }
    }
}

#[test]
fn lists_take_the_documented_filters_only() {
    let api = Api::demo();
    for (path, error) in [
        (
            "/api/app/v1/service/?image_name=redis",
            "The 'image_name' field does not allow filtering.",
        ),
        (
            "/api/repo/v1/repository/?in_use=true",
            "The 'in_use' field does not allow filtering.",
        ),
        (
            "/api/app/v1/service/?name__startswith=w",
            "'startswith' is not an allowed filter on the 'name' field.",
        ),
        (
            "/api/audit/v1/action/?action=Service%20Start",
            "The 'action' field does not allow filtering.",
        ),
    ] {
        let r = api.call(reqwest::Method::GET, path, None);
        assert_eq!((r.status, text(&r.body, "error")), (400, error), "{path}");
    }
    // What names no field at all is ignored, as the documented filters work.
    assert_eq!(
        api.get("/api/app/v1/service/?nonsense=1&format=json")["meta"]["total_count"],
        9
    );
    assert_eq!(
        api.all("/api/app/v1/service/?stack__name=wordpress").len(),
        2
    );
    assert_eq!(
        api.all(
            "/api/infra/v1/node/?state=Deployed&region=/api/infra/v1/region/digitalocean/lon1/"
        )
        .len(),
        2
    );
}

#[test]
fn operations_follow_the_state_tables_and_shared_resources_take_no_namespace() {
    let api = Api::demo();
    // Scale is an operation of running services; a stopped one keeps its new target.
    let worker = api.one("/api/app/v1/service/?name=worker");
    assert_eq!(worker["state"], "Not running");
    let patched = api.patch(&uri(&worker), json!({"target_num_containers": 2}));
    assert_eq!(patched.status, 202);
    let refused = api.op(&format!("{}scale/", uri(&worker)));
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert_eq!(api.get(&uri(&worker))["target_num_containers"], 2);
    let started = ok_op(&api, &format!("{}start/", uri(&worker)));
    assert_eq!(started["current_num_containers"], 2);
    // Actions, tags and the catalog are not namespaced: a namespace in their paths names
    // nothing.
    let action = api.get("/api/audit/v1/action/?limit=1")["objects"][0].clone();
    for path in [
        format!("/api/audit/v1/{USER}/action/"),
        format!("/api/audit/v1/{USER}/action/{}/", text(&action, "uuid")),
        format!(
            "/api/audit/v1/{USER}/action/{}/cancel/",
            text(&action, "uuid")
        ),
        format!("/api/infra/v1/{USER}/tag/"),
        format!("/api/infra/v1/{USER}/provider/"),
    ] {
        let method = if path.ends_with("cancel/") {
            reqwest::Method::POST
        } else {
            reqwest::Method::GET
        };
        assert_eq!(api.call(method, &path, None).status, 404, "{path}");
    }
    assert_eq!(api.get(&uri(&action))["uuid"], action["uuid"]);
}
