//! REST API of `docker-cloud-server`: auth, namespaces, every resource family, paging,
//! filters, the state machine with its actions, triggers, tags, export, bad input.

use std::collections::HashSet;

use crate::common::{spawn_server, stop_and_read_stderr, temp_file, Server};
use reqwest::blocking::Client;
use reqwest::Method;
use serde_json::{json, Value};

/// A sandbox and a client logged in as the test user.
pub struct Api {
    pub sb: Server,
    http: Client,
}

/// A reply: status, JSON body (Null when empty) and the action header.
pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub action: Option<String>,
}

impl Api {
    pub fn start(args: &[&str]) -> Api {
        Api {
            sb: Server::start(args),
            http: Client::new(),
        }
    }

    pub fn demo() -> Api {
        Api::start(&["--seed", "demo"])
    }

    pub fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        auth: Option<&str>,
    ) -> Reply {
        let mut req = self.http.request(method, format!("{}{path}", self.sb.url));
        if let Some(a) = auth {
            req = req.header("Authorization", a);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().expect("request");
        let status = resp.status().as_u16();
        let action = resp
            .headers()
            .get("X-DockerCloud-Action-URI")
            .map(|v| v.to_str().unwrap().to_string());
        let text = resp.text().unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
        };
        Reply {
            status,
            body,
            action,
        }
    }

    pub fn call(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        self.send(method, path, body, Some(&Server::basic_auth()))
    }

    pub fn get(&self, path: &str) -> Value {
        let r = self.call(Method::GET, path, None);
        assert_eq!(r.status, 200, "GET {path}: {}", r.body);
        r.body
    }

    pub fn post(&self, path: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(body))
    }

    pub fn op(&self, path: &str) -> Reply {
        self.call(Method::POST, path, None)
    }

    pub fn patch(&self, path: &str, body: Value) -> Reply {
        self.call(Method::PATCH, path, Some(body))
    }

    pub fn delete(&self, path: &str) -> Reply {
        self.call(Method::DELETE, path, None)
    }

    /// Every object of a list, following `meta.next`.
    pub fn all(&self, path: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let mut next = Some(path.to_string());
        while let Some(p) = next {
            let page = self.get(&p);
            out.extend(page["objects"].as_array().unwrap().iter().cloned());
            next = page["meta"]["next"].as_str().map(str::to_string);
        }
        out
    }

    /// The only object a filtered list returns.
    pub fn one(&self, path: &str) -> Value {
        let list = self.get(path);
        assert_eq!(list["meta"]["total_count"], 1, "{path}: {list}");
        list["objects"][0].clone()
    }

    /// The action of a reply, fetched.
    pub fn action_of(&self, r: &Reply) -> Value {
        let uri = r.action.as_deref().expect("action header");
        assert!(uri.starts_with("/api/audit/v1/action/") && uri.ends_with('/'));
        self.get(uri)
    }
}

pub fn uri(v: &Value) -> String {
    v["resource_uri"].as_str().unwrap().to_string()
}

pub fn ok_op(api: &Api, path: &str) -> Value {
    let r = api.op(path);
    assert_eq!(r.status, 202, "POST {path}: {}", r.body);
    assert_eq!(api.action_of(&r)["state"], "Success");
    r.body
}

fn is_uuid4(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
        && s.chars()
            .enumerate()
            .all(|(i, c)| matches!(i, 8 | 13 | 18 | 23) == (c == '-'))
}

#[test]
fn auth_is_required_and_checked() {
    let api = Api::start(&[
        "--seed",
        "demo",
        "--user",
        "other:other-key",
        "--token",
        "tester=Bearer abc123",
    ]);
    let path = "/api/app/v1/service/";
    let none = api.send(Method::GET, path, None, None);
    assert_eq!(none.status, 401);
    assert!(none.body["error"].is_string());
    let wrong = api.send(Method::GET, path, None, Some("Basic dGVzdGVyOndyb25n"));
    assert_eq!(wrong.status, 401);
    assert_eq!(
        api.send(Method::GET, path, None, Some("Bearer nope"))
            .status,
        401
    );
    let apikey = api.send(Method::GET, path, None, Some("ApiKey tester:tester-apikey"));
    assert_eq!(apikey.status, 200);
    let token = api.send(Method::GET, path, None, Some("Bearer abc123"));
    assert_eq!(token.status, 200);
    assert_eq!(
        token.body["meta"]["total_count"],
        apikey.body["meta"]["total_count"]
    );
    // Own namespace works, another user's does not; the other user sees its own (empty) data.
    let own = api.get("/api/app/v1/tester/service/");
    assert_eq!(
        own["meta"]["total_count"],
        apikey.body["meta"]["total_count"]
    );
    let foreign = api.call(Method::GET, "/api/app/v1/other/service/", None);
    assert_eq!(foreign.status, 403);
    assert!(foreign.body["error"].is_string());
    let other = api.send(
        Method::GET,
        "/api/app/v1/other/service/",
        None,
        Some("ApiKey other:other-key"),
    );
    assert_eq!(other.status, 200);
    assert_eq!(other.body["meta"]["total_count"], 0);
    // Every namespaced family answers under the user's own namespace, with the same data.
    for (plain, own) in [
        ("/api/app/v1/stack/", "/api/app/v1/tester/stack/"),
        ("/api/app/v1/container/", "/api/app/v1/tester/container/"),
        (
            "/api/infra/v1/nodecluster/",
            "/api/infra/v1/tester/nodecluster/",
        ),
        ("/api/infra/v1/node/", "/api/infra/v1/tester/node/"),
        ("/api/repo/v1/registry/", "/api/repo/v1/tester/registry/"),
        (
            "/api/repo/v1/repository/",
            "/api/repo/v1/tester/repository/",
        ),
    ] {
        let a = api.get(plain);
        assert!(a["meta"]["total_count"].as_u64().unwrap() > 0, "{plain}");
        assert_eq!(
            a["meta"]["total_count"],
            api.get(own)["meta"]["total_count"],
            "{own}"
        );
        let other = own.replace("/tester/", "/other/");
        assert_eq!(api.call(Method::GET, &other, None).status, 403, "{other}");
    }
    // Objects of another namespace are not found by uuid either.
    let svc = &apikey.body["objects"][0];
    let hidden = api.send(Method::GET, &uri(svc), None, Some("ApiKey other:other-key"));
    assert_eq!(hidden.status, 403);
    let by_uuid = format!("/api/app/v1/service/{}/", svc["uuid"].as_str().unwrap());
    let hidden = api.send(Method::GET, &by_uuid, None, Some("ApiKey other:other-key"));
    assert_eq!(hidden.status, 404);
}

#[test]
fn catalog_resources() {
    let api = Api::start(&["--seed", "empty"]);
    let providers = api.all("/api/infra/v1/provider/");
    let names: Vec<&str> = providers
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for p in ["digitalocean", "aws", "packet", "softlayer", "azure"] {
        assert!(names.contains(&p), "{names:?}");
    }
    let aws = api.get("/api/infra/v1/provider/aws/");
    assert_eq!(aws["resource_uri"], "/api/infra/v1/provider/aws/");
    assert!(aws["regions"].as_array().unwrap().len() >= 3);
    assert_eq!(
        api.one("/api/infra/v1/provider/?name=digitalocean")["label"],
        "Digital Ocean"
    );
    let lon1 = api.get("/api/infra/v1/region/digitalocean/lon1/");
    assert_eq!(lon1["provider"], "/api/infra/v1/provider/digitalocean/");
    assert!(lon1["node_types"]
        .as_array()
        .unwrap()
        .contains(&json!("/api/infra/v1/nodetype/digitalocean/1gb/")));
    let regions = api.all("/api/infra/v1/region/?provider=/api/infra/v1/provider/aws/");
    assert!(
        !regions.is_empty()
            && regions
                .iter()
                .all(|r| r["provider"] == "/api/infra/v1/provider/aws/")
    );
    let az = api.get("/api/infra/v1/az/aws/us-east-1/us-east-1a/");
    assert_eq!(az["region"], "/api/infra/v1/region/aws/us-east-1/");
    let azs = api.all("/api/infra/v1/az/?region=/api/infra/v1/region/aws/us-east-1/");
    assert_eq!(azs.len(), 3);
    assert_eq!(
        api.get("/api/infra/v1/availabilityzone/aws/us-east-1/us-east-1b/")["name"],
        "us-east-1b"
    );
    let nt = api.get("/api/infra/v1/nodetype/digitalocean/1gb/");
    assert_eq!(nt["label"], "1GB");
    let in_lon1 =
        api.all("/api/infra/v1/nodetype/?regions=/api/infra/v1/region/digitalocean/lon1/");
    assert!(in_lon1
        .iter()
        .all(|t| t["provider"] == "/api/infra/v1/provider/digitalocean/"));
    assert!(in_lon1.len() >= 3);
    for missing in [
        "/api/infra/v1/provider/nope/",
        "/api/infra/v1/region/aws/mars-1/",
        "/api/infra/v1/nodetype/aws/",
    ] {
        assert_eq!(
            api.call(Method::GET, missing, None).status,
            404,
            "{missing}"
        );
    }
    assert_eq!(
        api.post("/api/infra/v1/provider/", json!({"name": "x"}))
            .status,
        405
    );
}

#[test]
fn a_repository_is_in_use_by_a_live_service_of_its_image_with_any_tag_or_port() {
    let api = Api::start(&["--seed", "empty"]);
    for name in [
        "localhost:5000/team/app",
        "localhost:5000/team",
        "localhost",
    ] {
        let r = api.post("/api/repo/v1/repository/", json!({ "name": name }));
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let r = api.post(
        "/api/app/v1/service/",
        json!({"image": "localhost:5000/team/app:1.2", "name": "app"}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let listed = api.all("/api/repo/v1/repository/");
    let in_use = |name: &str| listed.iter().find(|r| r["name"] == name).unwrap()["in_use"].clone();
    assert_eq!(in_use("localhost:5000/team/app"), true);
    assert_eq!(in_use("localhost"), true);
    assert_eq!(in_use("localhost:5000/team"), false);
    let detail = api.get("/api/repo/v1/repository/localhost:5000/team/app/");
    assert_eq!(detail["in_use"], true);
    assert_eq!(api.delete(&uri(&r.body)).status, 202);
    let detail = api.get("/api/repo/v1/repository/localhost:5000/team/app/");
    assert_eq!(detail["in_use"], false);
}

#[test]
fn paging_follows_next_to_the_end() {
    let api = Api::start(&["--seed", "empty"]);
    for i in 0..40 {
        let r = api.post(
            "/api/app/v1/service/",
            json!({"image": "redis", "name": format!("s{i:02}")}),
        );
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let first = api.get("/api/app/v1/service/");
    assert_eq!(first["meta"]["limit"], 25);
    assert_eq!(first["meta"]["total_count"], 40);
    assert_eq!(first["meta"]["previous"], Value::Null);
    let mut seen = HashSet::new();
    let mut pages = 0;
    let mut next = Some("/api/app/v1/service/?limit=7&state=Not%20running".to_string());
    while let Some(p) = next {
        let page = api.get(&p);
        pages += 1;
        assert_eq!(page["meta"]["total_count"], 40);
        for o in page["objects"].as_array().unwrap() {
            assert!(
                seen.insert(o["uuid"].as_str().unwrap().to_string()),
                "duplicate"
            );
        }
        next = page["meta"]["next"].as_str().map(str::to_string);
        if let Some(n) = &next {
            assert!(n.starts_with("/api/app/v1/service/?"), "{n}");
            assert!(
                n.contains("state=Not+running") || n.contains("state=Not%20running"),
                "{n}"
            );
            assert!(n.contains("limit=7"), "{n}");
        }
        if pages > 1 {
            assert!(page["meta"]["previous"]
                .as_str()
                .unwrap()
                .starts_with("/api/"));
        }
    }
    assert_eq!(pages, 6);
    assert_eq!(seen.len(), 40);
    let last = api.get("/api/app/v1/service/?limit=7&offset=35");
    assert_eq!(last["objects"].as_array().unwrap().len(), 5);
    assert_eq!(last["meta"]["next"], Value::Null);
    assert_eq!(
        api.get("/api/app/v1/service/?limit=0")["objects"]
            .as_array()
            .unwrap()
            .len(),
        40
    );
    assert_eq!(
        api.get("/api/app/v1/service/?limit=5000")["meta"]["limit"],
        1000
    );
    assert_eq!(
        api.get("/api/app/v1/service/?offset=100")["objects"],
        json!([])
    );
    assert_eq!(
        api.call(Method::GET, "/api/app/v1/service/?limit=abc", None)
            .status,
        400
    );
}

#[test]
fn list_filters() {
    let api = Api::demo();
    let web = api.one("/api/app/v1/service/?name=web");
    let stack = api.one("/api/app/v1/stack/?name=wordpress");
    assert_eq!(web["stack"], stack["resource_uri"]);
    let short = &web["uuid"].as_str().unwrap()[..8];
    let by_prefix = api.all(&format!("/api/app/v1/service/?uuid__startswith={short}"));
    assert!(by_prefix.iter().any(|s| s["uuid"] == web["uuid"]));
    assert_eq!(
        api.one(&format!(
            "/api/app/v1/service/?uuid={}",
            web["uuid"].as_str().unwrap()
        ))["name"],
        "web"
    );
    let in_stack = api.all("/api/app/v1/service/?stack__name=wordpress");
    assert_eq!(in_stack.len(), 2);
    let by_uri = api.all(&format!("/api/app/v1/service/?stack={}", uri(&stack)));
    assert_eq!(by_uri.len(), 2);
    // A stack URI without the namespace segment matches too.
    let bare = uri(&stack).replace("/tester/", "/");
    assert_eq!(
        api.all(&format!("/api/app/v1/service/?stack={bare}")).len(),
        2
    );
    assert_eq!(
        api.one("/api/app/v1/service/?name=web&stack__name=wordpress")["uuid"],
        web["uuid"]
    );
    assert_eq!(
        api.get("/api/app/v1/service/?name=web&stack__name=api")["meta"]["total_count"],
        0
    );
    let running = api.all("/api/app/v1/service/?state=Running");
    assert!(!running.is_empty() && running.iter().all(|s| s["state"] == "Running"));
    assert!(api
        .all("/api/app/v1/service/?state=Not%20running")
        .iter()
        .any(|s| s["name"] == "worker"));
    // Containers: by stack name + name, by service, by node, by state.
    let c = api.one("/api/app/v1/container/?service__stack__name=wordpress&name=web-1");
    assert_eq!(c["service"], web["resource_uri"]);
    assert_eq!(
        api.all(&format!("/api/app/v1/container/?service={}", uri(&web)))
            .len(),
        2
    );
    let node = c["node"].as_str().unwrap();
    let on_node = api.all(&format!("/api/app/v1/container/?node={node}"));
    assert!(on_node.iter().all(|x| x["node"] == node) && !on_node.is_empty());
    let stopped = api.all("/api/app/v1/container/?state=Stopped");
    assert!(!stopped.is_empty() && stopped.iter().all(|x| x["state"] == "Stopped"));
    // Infrastructure.
    let prod = api.one("/api/infra/v1/nodecluster/?name=production");
    assert_eq!(api.all("/api/infra/v1/nodecluster/?state=Init").len(), 1);
    assert_eq!(
        api.all(&format!(
            "/api/infra/v1/nodecluster/?region={}",
            prod["region"].as_str().unwrap()
        ))
        .len(),
        1
    );
    let nodes = api.all(&format!("/api/infra/v1/node/?node_cluster={}", uri(&prod)));
    assert_eq!(nodes.len(), 2);
    assert_eq!(api.all("/api/infra/v1/node/?state=Unreachable").len(), 1);
    let ver = nodes[0]["docker_version"].as_str().unwrap();
    assert!(
        api.all(&format!("/api/infra/v1/node/?docker_version={ver}"))
            .len()
            >= 2
    );
    assert_eq!(
        api.one("/api/repo/v1/registry/?is_docker_registry=true")["host"],
        "registry-1.docker.io"
    );
    // Unknown filters are ignored.
    let all = api.get("/api/app/v1/service/")["meta"]["total_count"].clone();
    assert_eq!(
        api.get("/api/app/v1/service/?bogus=1")["meta"]["total_count"],
        all
    );
}

#[test]
fn action_list_filters_and_order() {
    let api = Api::demo();
    let actions = api.all("/api/audit/v1/action/");
    assert!(actions.len() >= 10);
    let dates: Vec<_> = actions
        .iter()
        .map(|a| chrono::DateTime::parse_from_rfc2822(a["start_date"].as_str().unwrap()).unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "not newest first");
    for a in &actions {
        assert!(is_uuid4(a["uuid"].as_str().unwrap()));
        for f in [
            "object",
            "action",
            "method",
            "path",
            "user",
            "user_agent",
            "state",
            "ip",
            "location",
        ] {
            assert!(a[f].is_string(), "{f} in {a}");
        }
        assert!(a["can_be_canceled"].is_boolean() && a["can_be_retried"].is_boolean());
    }
    assert!(actions.iter().any(|a| a["state"] == "Failed"));
    let failed = api.all("/api/audit/v1/action/?state=Failed");
    assert!(!failed.is_empty() && failed.iter().all(|a| a["state"] == "Failed"));
    let mid = dates[dates.len() / 2].to_rfc2822();
    let after = api.all(&format!(
        "/api/audit/v1/action/?start_date__gte={}",
        urlencode(&mid)
    ));
    let before = api.all(&format!(
        "/api/audit/v1/action/?start_date__lte={}",
        urlencode(&mid)
    ));
    assert!(after.len() < actions.len() && before.len() < actions.len());
    assert!(after.len() + before.len() >= actions.len());
    assert!(
        api.all("/api/audit/v1/action/?end_date__gte=2000-01-01")
            .len()
            < actions.len()
    );
    // `object` alone: that object's actions; with include_related: its containers' too.
    let web = api.one("/api/app/v1/service/?name=web");
    let own = api.all(&format!("/api/audit/v1/action/?object={}", uri(&web)));
    assert!(own.iter().all(|a| a["object"] == web["resource_uri"]));
    let container = api.one("/api/app/v1/container/?name=web-1");
    ok_op(&api, &format!("{}stop/", uri(&container)));
    let own_after = api.all(&format!("/api/audit/v1/action/?object={}", uri(&web)));
    assert_eq!(own_after.len(), own.len());
    let related = api.all(&format!(
        "/api/audit/v1/action/?object={}&include_related=true",
        uri(&web)
    ));
    assert!(related
        .iter()
        .any(|a| a["object"] == container["resource_uri"]));
    assert!(related.len() > own.len());
    let short = &actions[0]["uuid"].as_str().unwrap()[..6];
    assert!(!api
        .all(&format!("/api/audit/v1/action/?uuid__startswith={short}"))
        .is_empty());
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[test]
fn service_state_machine() {
    let api = Api::demo();
    let r = api.post(
        "/api/app/v1/service/",
        json!({"image": "tutum/hello-world", "name": "life", "target_num_containers": 2,
               "container_ports": [{"protocol": "tcp", "inner_port": "80", "published": true}]}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["state"], "Not running");
    assert_eq!(r.body["image_name"], "tutum/hello-world:latest");
    assert_eq!(api.action_of(&r)["action"], "Service Create");
    let svc = uri(&r.body);
    assert!(svc.starts_with("/api/app/v1/tester/service/"));
    assert!(is_uuid4(r.body["uuid"].as_str().unwrap()));
    chrono::DateTime::parse_from_rfc2822(r.body["created_datetime"].as_str().unwrap()).unwrap();
    // Disallowed in Not running.
    for op in ["stop", "redeploy"] {
        let bad = api.op(&format!("{svc}{op}/"));
        assert_eq!(bad.status, 400, "{op}");
        assert!(bad.body["error"].as_str().unwrap().contains("Not running"));
    }
    let started = api.op(&format!("{svc}start/"));
    assert_eq!(started.status, 202);
    assert_eq!(started.body["state"], "Running");
    let action = api.action_of(&started);
    assert_eq!(action["state"], "Success");
    assert_eq!(action["object"], svc.as_str());
    assert_eq!(action["action"], "Service Start");
    assert!(action["end_date"].is_string());
    assert_eq!(started.body["current_num_containers"], 2);
    assert_eq!(started.body["running_num_containers"], 2);
    let containers = api.all(&format!("/api/app/v1/container/?service={svc}"));
    let names: HashSet<&str> = containers
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, HashSet::from(["life-1", "life-2"]));
    for c in &containers {
        assert_eq!(c["state"], "Running");
        assert!(c["node"]
            .as_str()
            .unwrap()
            .starts_with("/api/infra/v1/tester/node/"));
        let port = &c["container_ports"][0];
        assert!(port["outer_port"].is_i64());
        assert!(port["endpoint_uri"]
            .as_str()
            .unwrap()
            .starts_with("http://life-"));
    }
    assert_eq!(api.op(&format!("{svc}start/")).status, 400);
    // Stop and start again.
    assert_eq!(ok_op(&api, &format!("{svc}stop/"))["state"], "Stopped");
    assert_eq!(api.get(&svc)["stopped_num_containers"], 2);
    assert_eq!(api.op(&format!("{svc}stop/")).status, 400);
    assert_eq!(ok_op(&api, &format!("{svc}start/"))["state"], "Running");
    // PATCH makes it out of date until redeployed.
    let p = api.patch(
        &svc,
        json!({"container_envvars": [{"key": "MODE", "value": "x"}]}),
    );
    assert_eq!(p.status, 202, "{}", p.body);
    assert_eq!(p.body["synchronized"], false);
    assert_eq!(api.action_of(&p)["state"], "Success");
    let life_1 = format!("/api/app/v1/container/?service={svc}&name=life-1");
    let before = api.one(&life_1)["container_ports"][0].clone();
    let redeployed = ok_op(&api, &format!("{svc}redeploy/?reuse_volumes=false"));
    assert_eq!(redeployed["synchronized"], true);
    assert_eq!(redeployed["state"], "Running");
    let c1 = api.one(&life_1);
    assert_eq!(
        c1["container_envvars"],
        json!([{"key": "MODE", "value": "x"}])
    );
    // A port published without an outer port keeps the one it was given.
    let after = &c1["container_ports"][0];
    assert_eq!(after["outer_port"], before["outer_port"]);
    assert_eq!(after["endpoint_uri"], before["endpoint_uri"]);
    // Scale up, then down: removed containers stay listed as Terminated.
    assert_eq!(
        api.patch(&svc, json!({"target_num_containers": 4})).status,
        202
    );
    let scaled = ok_op(&api, &format!("{svc}scale/"));
    assert_eq!(scaled["current_num_containers"], 4);
    assert_eq!(scaled["running_num_containers"], 4);
    api.patch(&svc, json!({"target_num_containers": 1}));
    let down = ok_op(&api, &format!("{svc}scale/"));
    assert_eq!(down["current_num_containers"], 1);
    let all = api.all(&format!("/api/app/v1/container/?service={svc}"));
    assert_eq!(all.len(), 4);
    assert_eq!(all.iter().filter(|c| c["state"] == "Terminated").count(), 3);
    // Terminate.
    let gone = api.delete(&svc);
    assert_eq!(gone.status, 202);
    assert_eq!(gone.body["state"], "Terminated");
    assert!(gone.body["destroyed_datetime"].is_string());
    assert_eq!(api.action_of(&gone)["action"], "Service Terminate");
    assert!(api
        .all(&format!("/api/app/v1/container/?service={svc}"))
        .iter()
        .all(|c| c["state"] == "Terminated"));
    assert_eq!(
        api.one("/api/app/v1/service/?name=life")["state"],
        "Terminated"
    );
    for op in ["start", "stop", "redeploy", "scale"] {
        assert_eq!(api.op(&format!("{svc}{op}/")).status, 400, "{op}");
    }
    assert_eq!(api.delete(&svc).status, 400);
    assert_eq!(api.patch(&svc, json!({"nickname": "x"})).status, 400);
}

#[test]
fn container_state_machine() {
    let api = Api::demo();
    let web = api.one("/api/app/v1/service/?name=web");
    let c = api.one("/api/app/v1/container/?name=web-2");
    let path = uri(&c);
    assert_eq!(c["state"], "Running");
    assert_eq!(api.op(&format!("{path}start/")).status, 400);
    assert_eq!(ok_op(&api, &format!("{path}stop/"))["state"], "Stopped");
    let svc = api.get(&uri(&web));
    assert_eq!(svc["state"], "Partly running");
    assert_eq!(svc["running_num_containers"], 1);
    assert_eq!(svc["stopped_num_containers"], 1);
    assert_eq!(
        api.get(svc["stack"].as_str().unwrap())["state"],
        "Partly running"
    );
    assert_eq!(api.op(&format!("{path}stop/")).status, 400);
    assert_eq!(ok_op(&api, &format!("{path}start/"))["state"], "Running");
    assert_eq!(api.get(&uri(&web))["state"], "Running");
    assert_eq!(ok_op(&api, &format!("{path}redeploy/"))["state"], "Running");
    let gone = api.delete(&path);
    assert_eq!(gone.status, 202);
    assert_eq!(gone.body["state"], "Terminated");
    assert_eq!(api.action_of(&gone)["state"], "Success");
    let svc = api.get(&uri(&web));
    assert_eq!(svc["current_num_containers"], 1);
    assert_eq!(svc["target_num_containers"], 1);
    for op in ["start", "stop", "redeploy"] {
        assert_eq!(api.op(&format!("{path}{op}/")).status, 400, "{op}");
    }
    assert_eq!(api.delete(&path).status, 400);
    // Containers are neither created nor patched directly.
    assert_eq!(api.post("/api/app/v1/container/", json!({})).status, 405);
    assert_eq!(api.patch(&path, json!({})).status, 405);
}

#[test]
fn stack_state_machine_and_stackfile_bodies() {
    let api = Api::demo();
    let body = json!({"name": "s1", "services": [
        {"environment": ["FROMHOST=hv", "FIXED=1"], "image": "tutum/hello-world:", "ports": ["80:80"],
         "links": ["db"], "name": "web", "target_num_containers": 2, "tags": ["production"]},
        {"environment": {"HOSTVAR": "hv2"}, "image": "mysql", "name": "db", "expose": [3306],
         "volumes": ["/var/lib/mysql"], "restart": "on-failure"}]});
    let r = api.post("/api/app/v1/stack/", body.clone());
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["state"], "Not Running");
    assert_eq!(r.body["services"].as_array().unwrap().len(), 2);
    assert_eq!(api.action_of(&r)["action"], "Stack Create");
    let stack = uri(&r.body);
    assert_eq!(api.post("/api/app/v1/stack/", body).status, 409);
    let web = api.one("/api/app/v1/service/?name=web&stack__name=s1");
    let db = api.one("/api/app/v1/service/?name=db&stack__name=s1");
    assert_eq!(web["state"], "Not running");
    assert_eq!(web["image_name"], "tutum/hello-world:latest");
    assert_eq!(web["container_ports"][0]["outer_port"], 80);
    assert_eq!(web["container_ports"][0]["published"], true);
    assert_eq!(
        web["linked_to_service"][0]["to_service"],
        db["resource_uri"]
    );
    assert_eq!(web["linked_to_service"][0]["name"], "db");
    assert_eq!(
        db["linked_from_service"][0]["from_service"],
        web["resource_uri"]
    );
    assert_eq!(web["tags"], json!([{"name": "production"}]));
    assert_eq!(
        web["container_envvars"][0],
        json!({"key": "FROMHOST", "value": "hv"})
    );
    assert_eq!(db["autorestart"], "ON_FAILURE");
    assert_eq!(db["container_ports"][0]["published"], false);
    assert_eq!(db["bindings"][0]["container_path"], "/var/lib/mysql");
    assert!(db["link_variables"]["DB_PORT_3306_TCP_ADDR"].is_string());
    let env = web["calculated_envvars"].as_array().unwrap();
    for origin in ["user", "image", "tutum"] {
        assert!(env.iter().any(|e| e["origin"] == origin), "{origin}");
    }
    assert!(env.iter().any(|e| e["key"] == "DB_PORT_3306_TCP"));
    assert_eq!(api.op(&format!("{stack}stop/")).status, 400);
    assert_eq!(api.op(&format!("{stack}redeploy/")).status, 400);
    let started = ok_op(&api, &format!("{stack}start/"));
    assert_eq!(started["state"], "Running");
    assert_eq!(api.get(&uri(&web))["running_num_containers"], 2);
    assert_eq!(api.op(&format!("{stack}start/")).status, 400);
    assert_eq!(ok_op(&api, &format!("{stack}stop/"))["state"], "Stopped");
    assert_eq!(api.get(&uri(&db))["state"], "Stopped");
    assert_eq!(
        ok_op(&api, &format!("{stack}redeploy/?reuse_volumes=true"))["state"],
        "Running"
    );
    let gone = api.delete(&stack);
    assert_eq!(gone.status, 202);
    assert_eq!(gone.body["state"], "Terminated");
    assert_eq!(api.get(&uri(&web))["state"], "Terminated");
    assert_eq!(api.one("/api/app/v1/stack/?name=s1")["state"], "Terminated");
    for op in ["start", "stop", "redeploy"] {
        assert_eq!(api.op(&format!("{stack}{op}/")).status, 400);
    }
    // Bad stack bodies.
    assert_eq!(
        api.post("/api/app/v1/stack/", json!({"services": []}))
            .status,
        400
    );
    let bad_link =
        json!({"name": "s2", "services": [{"name": "a", "image": "x", "links": ["nowhere"]}]});
    assert_eq!(api.post("/api/app/v1/stack/", bad_link).status, 400);
    let no_image = json!({"name": "s3", "services": [{"name": "a"}]});
    assert_eq!(api.post("/api/app/v1/stack/", no_image).status, 400);
    assert_eq!(
        api.get("/api/app/v1/stack/?name=s2")["meta"]["total_count"],
        0
    );
}

#[test]
fn stack_export_round_trips() {
    let api = Api::demo();
    for name in ["wordpress", "api", "monitoring"] {
        let stack = api.one(&format!("/api/app/v1/stack/?name={name}"));
        let path = uri(&stack);
        let exported = api.get(&format!("{path}export/"));
        let services = exported.as_object().unwrap();
        assert_eq!(services.len(), stack["services"].as_array().unwrap().len());
        for (svc_name, svc) in services {
            assert!(svc["image"].is_string(), "{svc_name}");
            assert!(svc["target_num_containers"].is_i64());
        }
        let before = api.all(&format!("/api/app/v1/service/?stack={path}"));
        let entries: Vec<Value> = services
            .iter()
            .map(|(k, v)| {
                let mut v = v.clone();
                v["name"] = json!(k);
                v
            })
            .collect();
        let r = api.patch(&path, json!({ "services": entries }));
        assert_eq!(r.status, 202, "{}", r.body);
        assert_eq!(api.get(&format!("{path}export/")), exported, "{name}");
        let after = api.all(&format!("/api/app/v1/service/?stack={path}"));
        assert_eq!(
            before, after,
            "{name}: PATCH with the export changed services"
        );
    }
    let wp = api.one("/api/app/v1/stack/?name=wordpress");
    let exported = api.get(&format!("{}export/", uri(&wp)));
    assert_eq!(exported["web"]["ports"], json!(["80:80"]));
    assert_eq!(exported["web"]["links"], json!(["db:DB"]));
    assert_eq!(exported["web"]["restart"], "always");
    assert_eq!(exported["db"]["expose"], json!(["3306"]));
    // A real change through the stack makes it out of date.
    let r = api.patch(
        &uri(&wp),
        json!({"services": [{"name": "web", "environment": {"NEW": "1"}}]}),
    );
    assert_eq!(r.status, 202);
    assert_eq!(r.body["synchronized"], false);
    assert_eq!(
        api.one("/api/app/v1/service/?name=web")["synchronized"],
        false
    );
}

#[test]
fn service_create_accepts_cli_bodies_and_validates() {
    let api = Api::demo();
    let r = api.post(
        "/api/app/v1/service/",
        json!({"image": "tutum/hello-world", "name": "cli",
               "container_ports": [{"protocol": "tcp", "inner_port": "80", "outer_port": "8081", "published": true}],
               "linked_to_service": [{"to_service": "db.wordpress", "name": "DB"}, {"to_service": "hello"}],
               "tags": ["a", {"name": "b"}], "autorestart": "ALWAYS", "privileged": false, "roles": ["global"]}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let s = &r.body;
    assert_eq!(s["container_ports"][0]["inner_port"], 80);
    assert_eq!(s["container_ports"][0]["outer_port"], 8081);
    assert_eq!(
        s["container_ports"][0]["endpoint_uri"],
        "http://cli.tester.svc.dockerapp.io:8081/"
    );
    assert_eq!(s["public_dns"], "cli.tester.svc.dockerapp.io");
    assert_eq!(s["tags"], json!([{"name": "a"}, {"name": "b"}]));
    let db = api.one("/api/app/v1/service/?name=db&stack__name=wordpress");
    let hello = api.one("/api/app/v1/service/?name=hello");
    assert_eq!(s["linked_to_service"][0]["to_service"], db["resource_uri"]);
    assert_eq!(
        s["linked_to_service"][1]["to_service"],
        hello["resource_uri"]
    );
    assert!(s["link_variables"]["CLI_PORT_80_TCP_ADDR"].is_string());
    // Links by URI work too.
    let by_uri = api.post(
        "/api/app/v1/service/",
        json!({"image": "redis", "name": "u",
        "linked_to_service": [{"to_service": uri(&db), "name": "x"}]}),
    );
    assert_eq!(by_uri.status, 201, "{}", by_uri.body);
    let bad = [
        json!({"name": "noimage"}),
        json!({"image": "redis", "name": "bad name!"}),
        json!({"image": "redis", "container_ports": [{"protocol": "sctp", "inner_port": 80}]}),
        json!({"image": "redis", "container_ports": [{"inner_port": "http"}]}),
        json!({"image": "redis", "linked_to_service": [{"to_service": "ghost"}]}),
        json!({"image": "redis", "target_num_containers": -1}),
        json!({"image": "redis", "autorestart": "SOMETIMES"}),
        json!({"image": "redis", "tags": "web"}),
        json!({"image": 42}),
    ];
    for body in bad {
        let r = api.post("/api/app/v1/service/", body.clone());
        assert_eq!(r.status, 400, "{body}: {}", r.body);
        assert!(r.body["error"].is_string());
    }
    assert_eq!(
        api.post(
            "/api/app/v1/service/",
            json!({"image": "redis", "name": "cli"})
        )
        .status,
        409
    );
}

#[test]
fn bad_requests_get_json_errors() {
    let api = Api::demo();
    let url = format!("{}/api/app/v1/service/", api.sb.url);
    let post = |ctype: &str, body: &str| {
        let r = api
            .http
            .post(&url)
            .header("Authorization", Server::basic_auth())
            .header("Content-Type", ctype)
            .body(body.to_string())
            .send()
            .unwrap();
        let status = r.status().as_u16();
        let v: Value = serde_json::from_str(&r.text().unwrap()).unwrap();
        assert!(v["error"].is_string());
        status
    };
    assert_eq!(post("application/json", "{not json"), 400);
    assert_eq!(post("application/json", "[1, 2]"), 400);
    assert_eq!(post("text/plain", "image=redis"), 415);
    for (method, path, want) in [
        (Method::GET, "/api/app/v1/nothing/", 404),
        (Method::GET, "/api/app/v1/service/not-a-uuid/", 404),
        (Method::GET, "/api/unknown/v1/service/", 404),
        (Method::GET, "/nothing", 404),
        (Method::PUT, "/api/app/v1/service/", 405),
        (Method::DELETE, "/api/app/v1/service/", 405),
        (Method::POST, "/api/infra/v1/region/", 405),
        (Method::GET, "/api/infra/v1/token/", 405),
        (Method::PATCH, "/api/audit/v1/action/", 405),
    ] {
        let r = api.call(method.clone(), path, None);
        assert_eq!(r.status, want, "{method} {path}");
        assert!(r.body["error"].is_string(), "{method} {path}");
    }
    // Paths without the trailing slash and with doubled slashes work.
    let web = api.one("/api/app/v1/service?name=web");
    let no_slash = uri(&web);
    assert_eq!(api.get(no_slash.trim_end_matches('/'))["uuid"], web["uuid"]);
    assert_eq!(
        api.get(&format!("{no_slash}/trigger/"))["meta"]["total_count"],
        1
    );
}

#[test]
fn node_cluster_and_node_state_machines() {
    let api = Api::demo();
    let create = |body: Value| api.post("/api/infra/v1/nodecluster/", body);
    let good = json!({"name": "extra", "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
                      "region": "/api/infra/v1/region/digitalocean/ams3/", "target_num_nodes": 2,
                      "tags": [{"name": "green"}]});
    for (field, value) in [
        ("region", Value::Null),
        ("node_type", json!("/api/infra/v1/nodetype/aws/nope/")),
        ("region", json!("/api/infra/v1/region/aws/us-east-1/")),
        ("target_num_nodes", json!(-2)),
    ] {
        let mut body = good.clone();
        body[field] = value;
        assert_eq!(create(body).status, 400, "{field}");
    }
    let r = create(good.clone());
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["state"], "Init");
    assert_eq!(r.body["nodes"], json!([]));
    assert_eq!(create(good).status, 409);
    let cluster = uri(&r.body);
    assert_eq!(
        api.patch(&cluster, json!({"target_num_nodes": 3})).status,
        202
    );
    assert_eq!(api.get(&cluster)["current_num_nodes"], 0);
    let deployed = ok_op(&api, &format!("{cluster}deploy/"));
    assert_eq!(deployed["state"], "Deployed");
    assert_eq!(deployed["current_num_nodes"], 3);
    assert!(deployed["deployed_datetime"].is_string());
    assert_eq!(api.op(&format!("{cluster}deploy/")).status, 400);
    let nodes = api.all(&format!("/api/infra/v1/node/?node_cluster={cluster}"));
    assert_eq!(nodes.len(), 3);
    assert!(nodes
        .iter()
        .all(|n| n["state"] == "Deployed" && n["tags"] == json!([{"name": "green"}])));
    // Scale down by PATCH (applied at once) and retag.
    let scaled = api.patch(&cluster, json!({"target_num_nodes": 1, "tags": ["blue"]}));
    assert_eq!(scaled.status, 202);
    assert_eq!(api.action_of(&scaled)["state"], "Success");
    assert_eq!(scaled.body["current_num_nodes"], 1);
    assert_eq!(scaled.body["state"], "Deployed");
    let nodes = api.all(&format!("/api/infra/v1/node/?node_cluster={cluster}"));
    assert_eq!(
        nodes.iter().filter(|n| n["state"] == "Terminated").count(),
        2
    );
    let live = nodes.iter().find(|n| n["state"] == "Deployed").unwrap();
    assert_eq!(live["tags"], json!([{"name": "blue"}]));
    assert!(api
        .all("/api/infra/v1/tag/?origin=user")
        .iter()
        .any(|t| t["name"] == "blue"));
    // Node operations.
    let node = uri(live);
    assert_eq!(api.op(&format!("{node}health-check/")).status, 400);
    let upgraded = ok_op(&api, &format!("{node}docker-upgrade/"));
    assert_eq!(upgraded["state"], "Deployed");
    let p = api.patch(&node, json!({"nickname": "edge", "tags": ["x", "y"]}));
    assert_eq!(p.status, 202, "{}", p.body);
    assert_eq!(p.body["nickname"], "edge");
    assert_eq!(p.body["tags"], json!([{"name": "x"}, {"name": "y"}]));
    let byon = api.one("/api/infra/v1/node/?state=Unreachable");
    assert_eq!(
        api.op(&format!("{}docker-upgrade/", uri(&byon))).status,
        400
    );
    assert_eq!(
        ok_op(&api, &format!("{}health-check/", uri(&byon)))["state"],
        "Deployed"
    );
    let gone = api.delete(&node);
    assert_eq!(gone.status, 202);
    assert_eq!(gone.body["state"], "Terminated");
    let c = api.get(&cluster);
    assert_eq!(c["current_num_nodes"], 0);
    assert_eq!(c["state"], "Empty cluster");
    assert_eq!(api.op(&format!("{node}docker-upgrade/")).status, 400);
    let aws = api.one("/api/infra/v1/nodecluster/?name=staging-aws");
    assert_eq!(
        ok_op(&api, &format!("{}docker-upgrade/", uri(&aws)))["state"],
        "Deployed"
    );
    // Terminating a deployed cluster terminates its nodes and their containers.
    let prod = api.one("/api/infra/v1/nodecluster/?name=production");
    let gone = api.delete(&uri(&prod));
    assert_eq!(gone.status, 202);
    assert_eq!(gone.body["state"], "Terminated");
    let nodes = api.all(&format!("/api/infra/v1/node/?node_cluster={}", uri(&prod)));
    assert!(nodes.iter().all(|n| n["state"] == "Terminated"));
    for n in &nodes {
        let on = api.all(&format!("/api/app/v1/container/?node={}", uri(n)));
        assert!(on.iter().all(|x| x["state"] == "Terminated"));
    }
    assert_eq!(api.delete(&uri(&prod)).status, 400);
    assert_eq!(
        api.patch(&uri(&prod), json!({"target_num_nodes": 2}))
            .status,
        400
    );
}

#[test]
fn action_cancel_and_retry() {
    let api = Api::demo();
    let pending = api.one("/api/audit/v1/action/?state=In%20progress");
    assert_eq!(pending["can_be_canceled"], true);
    let path = uri(&pending);
    assert_eq!(api.op(&format!("{path}retry/")).status, 400);
    let canceled = api.op(&format!("{path}cancel/"));
    assert_eq!(canceled.status, 202);
    assert_eq!(canceled.body["state"], "Canceled");
    assert_eq!(api.get(&path)["can_be_retried"], true);
    assert_eq!(api.op(&format!("{path}cancel/")).status, 400);
    let retried = api.op(&format!("{path}retry/"));
    assert_eq!(retried.status, 202);
    let new = api.action_of(&retried);
    assert_ne!(new["uuid"], pending["uuid"]);
    assert_eq!(new["state"], "Success");
    assert_eq!(new["object"], pending["object"]);
    assert_eq!(
        api.get(pending["object"].as_str().unwrap())["state"],
        "Deployed"
    );
    // Retrying a finished stop stops the service again, as a new action.
    let svc = api.one("/api/app/v1/service/?name=hello");
    let stop = api.op(&format!("{}stop/", uri(&svc)));
    ok_op(&api, &format!("{}start/", uri(&svc)));
    let stop_action = api.action_of(&stop);
    let again = api.op(&format!("{}retry/", uri(&stop_action)));
    assert_eq!(again.status, 202);
    let again = api.action_of(&again);
    assert_eq!(again["state"], "Success");
    assert_eq!(api.get(&uri(&svc))["state"], "Stopped");
    let failed = api.one("/api/audit/v1/action/?state=Failed");
    let retry_failed = api.op(&format!("{}retry/", uri(&failed)));
    assert_eq!(retry_failed.status, 202);
    assert_eq!(
        api.op(&format!("{}retry/", uri(&failed)).replace("retry", "bogus"))
            .status,
        404
    );
    assert_eq!(
        api.call(
            Method::GET,
            "/api/audit/v1/action/00000000-0000-4000-8000-000000000000/",
            None
        )
        .status,
        404
    );
}

#[test]
fn triggers_create_list_call_delete() {
    let api = Api::demo();
    let hello = api.one("/api/app/v1/service/?name=hello");
    let base = format!("{}trigger/", uri(&hello));
    let r = api.post(&base, json!({"name": "ci"}));
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["operation"], "REDEPLOY");
    let url = r.body["url"].as_str().unwrap().to_string();
    assert!(url.starts_with(&base) && url.ends_with("/call/"));
    let up = api.post(&base, json!({"name": "more", "operation": "SCALEUP"}));
    assert_eq!(up.status, 201);
    assert_eq!(api.post(&base, json!({"operation": "EXPLODE"})).status, 400);
    let list = api.get(&base);
    assert_eq!(list["meta"]["total_count"], 2);
    assert_eq!(api.get(&uri(&r.body))["name"], "ci");
    // Calls need no credentials.
    let before = api.all("/api/audit/v1/action/").len();
    let call = api
        .http
        .post(format!("{}{url}", api.sb.url))
        .body("{\"from\": \"ci\"}")
        .send()
        .unwrap();
    assert_eq!(call.status().as_u16(), 202);
    assert!(call.headers().contains_key("X-DockerCloud-Action-URI"));
    let actions = api.all("/api/audit/v1/action/");
    assert_eq!(actions.len(), before + 1);
    assert_eq!(actions[0]["action"], "Service Redeploy");
    let up_url = up.body["url"].as_str().unwrap();
    let call = api
        .http
        .post(format!("{}{up_url}2/", api.sb.url))
        .send()
        .unwrap();
    assert_eq!(call.status().as_u16(), 202);
    let svc = api.get(&uri(&hello));
    assert_eq!(svc["target_num_containers"], 3);
    assert_eq!(svc["running_num_containers"], 3);
    let new = api.one(&format!(
        "/api/app/v1/container/?service={}&name=hello-3",
        uri(&hello)
    ));
    assert!(new["container_envvars"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["key"] == "DOCKERCLOUD_TRIGGER_BODY"));
    // Delete, then the call URL is gone.
    assert_eq!(api.delete(&uri(&r.body)).status, 204);
    assert_eq!(api.get(&base)["meta"]["total_count"], 1);
    assert_eq!(
        api.http
            .post(format!("{}{url}", api.sb.url))
            .send()
            .unwrap()
            .status()
            .as_u16(),
        404
    );
    let no_auth = api.send(Method::GET, &base, None, None);
    assert_eq!(no_auth.status, 401);
}

#[test]
fn tags_are_patched_as_whole_lists() {
    let api = Api::demo();
    let web = api.one("/api/app/v1/service/?name=web");
    assert_eq!(web["tags"], json!([{"name": "production"}]));
    let p = api.patch(&uri(&web), json!({"tags": [{"name": "production"}, "eu"]}));
    assert_eq!(p.status, 202);
    assert_eq!(
        p.body["tags"],
        json!([{"name": "production"}, {"name": "eu"}])
    );
    assert_eq!(p.body["synchronized"], true, "tags do not need a redeploy");
    let p = api.patch(&uri(&web), json!({"tags": []}));
    assert_eq!(p.body["tags"], json!([]));
    let cluster = api.one("/api/infra/v1/nodecluster/?name=staging-aws");
    api.patch(&uri(&cluster), json!({"tags": ["qa"]}));
    let node = api.one(&format!(
        "/api/infra/v1/node/?node_cluster={}",
        uri(&cluster)
    ));
    assert_eq!(node["tags"], json!([{"name": "qa"}]));
    let tags = api.all("/api/infra/v1/tag/");
    assert!(tags
        .iter()
        .any(|t| t["name"] == "qa" && t["origin"] == "user"));
    assert!(tags
        .iter()
        .any(|t| t["name"] == "provider=aws" && t["origin"] == "tutum"));
    assert_eq!(api.one("/api/infra/v1/tag/?name=qa")["origin"], "user");
    assert_eq!(api.patch(&uri(&node), json!({"tags": "qa"})).status, 400);
}

#[test]
fn token_registry_and_repository() {
    let api = Api::demo();
    for path in ["/api/infra/v1/token/", "/api/infra/v1/tester/token/"] {
        let t = api.op(path);
        assert_eq!(t.status, 201);
        let token = t.body["token"].as_str().unwrap();
        assert_eq!(token.len(), 32);
        assert!(token.chars().all(|c| c.is_ascii_hexdigit()));
    }
    let hub = api.get("/api/repo/v1/registry/registry-1.docker.io/");
    assert_eq!(hub["name"], "Docker Hub");
    assert_eq!(hub["is_docker_registry"], true);
    assert!(api.all("/api/repo/v1/tester/registry/").len() >= 2);
    let repos = api.all("/api/repo/v1/repository/");
    assert_eq!(repos.len(), 2);
    let repo = api.get("/api/repo/v1/repository/registry.local/demo/api/");
    assert_eq!(repo["in_use"], true);
    assert!(repo["registry"]
        .as_str()
        .unwrap()
        .ends_with("/registry/registry.local/"));
    let r = api.post(
        "/api/repo/v1/repository/",
        json!({"name": "quay.io/demo/new", "username": "u", "password": "p"}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["in_use"], false);
    assert!(r.body.get("password").is_none());
    assert_eq!(
        api.post(
            "/api/repo/v1/repository/",
            json!({"name": "quay.io/demo/new"})
        )
        .status,
        409
    );
    assert_eq!(api.post("/api/repo/v1/repository/", json!({})).status, 400);
    let path = uri(&r.body);
    assert_eq!(path, "/api/repo/v1/tester/repository/quay.io/demo/new/");
    let p = api.patch(&path, json!({"username": "v", "password": "q"}));
    assert_eq!(p.status, 200);
    assert_eq!(p.body["username"], "v");
    assert_eq!(api.patch(&path, json!({"name": "other"})).status, 400);
    assert_eq!(
        api.one("/api/repo/v1/repository/?name=quay.io/demo/new")["username"],
        "v"
    );
    assert_eq!(api.delete(&path).status, 204);
    assert_eq!(api.call(Method::GET, &path, None).status, 404);
    assert_eq!(api.post("/api/repo/v1/registry/", json!({})).status, 405);
}

#[test]
fn demo_seed_is_realistic() {
    let api = Api::demo();
    let stacks = api.all("/api/app/v1/stack/");
    assert!(stacks.len() >= 2);
    let states: HashSet<&str> = stacks
        .iter()
        .map(|s| s["state"].as_str().unwrap())
        .collect();
    assert!(states.contains("Running"));
    let services = api.all("/api/app/v1/service/");
    assert!(services
        .iter()
        .any(|s| !s["linked_to_service"].as_array().unwrap().is_empty()));
    assert!(services
        .iter()
        .any(|s| !s["container_envvars"].as_array().unwrap().is_empty()));
    for s in &services {
        let containers = api.all(&format!("/api/app/v1/container/?service={}", uri(s)));
        let live = containers
            .iter()
            .filter(|c| c["state"] != "Terminated")
            .count();
        assert_eq!(s["current_num_containers"], live, "{}", s["name"]);
        let running = containers
            .iter()
            .filter(|c| c["state"] == "Running")
            .count();
        assert_eq!(s["running_num_containers"], running, "{}", s["name"]);
    }
    let clusters = api.all("/api/infra/v1/nodecluster/");
    let providers: HashSet<&str> = clusters
        .iter()
        .map(|c| c["region"].as_str().unwrap().split('/').nth(5).unwrap())
        .collect();
    assert!(providers.contains("digitalocean") && providers.contains("aws"));
    let nodes = api.all("/api/infra/v1/node/");
    assert!(
        nodes.iter().any(|n| n["node_cluster"].is_null()),
        "a BYO node"
    );
    for n in &nodes {
        let on = api.all(&format!("/api/app/v1/container/?node={}", uri(n)));
        let live = on.iter().filter(|c| c["state"] != "Terminated").count();
        assert_eq!(n["current_num_containers"], live);
    }
    let web = api.one("/api/app/v1/service/?name=web");
    let created =
        chrono::DateTime::parse_from_rfc2822(web["created_datetime"].as_str().unwrap()).unwrap();
    assert!(
        chrono::Utc::now()
            .signed_duration_since(created)
            .num_hours()
            > 24,
        "seeded in the past"
    );
    assert!(!api.all("/api/app/v1/service/?name=web").is_empty());
    assert!(!api.all(&format!("{}trigger/", uri(&web))).is_empty());
}

#[test]
fn empty_and_scale_seeds() {
    let empty = Api::start(&["--seed", "empty"]);
    assert_eq!(empty.get("/api/app/v1/service/")["meta"]["total_count"], 0);
    assert_eq!(empty.get("/api/infra/v1/node/")["meta"]["total_count"], 0);
    assert!(
        empty.get("/api/infra/v1/provider/")["meta"]["total_count"]
            .as_u64()
            .unwrap()
            >= 5
    );
    let scale = Api::start(&["--seed", "scale:300"]);
    assert_eq!(
        scale.get("/api/app/v1/service/?state=Running")["meta"]["total_count"],
        300
    );
    assert_eq!(
        scale.get("/api/app/v1/container/?state=Running")["meta"]["total_count"],
        300
    );
    let page = scale.get("/api/app/v1/service/?limit=100&offset=250");
    assert_eq!(page["objects"].as_array().unwrap().len(), 50);
    assert_eq!(
        scale.one("/api/app/v1/service/?name=svc-00150")["current_num_containers"],
        1
    );
}

fn run_sandbox(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_docker-cloud-server"))
        .args(["--port", "0", "--speed", "instant"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn state_persists_across_restarts() {
    let (dir, state_arg) = temp_file("state.db");
    let uuid;
    {
        let api = Api::start(&["--seed", "empty", "--state", &state_arg]);
        let r = api.post(
            "/api/app/v1/service/",
            json!({"image": "redis", "name": "kept"}),
        );
        uuid = r.body["uuid"].as_str().unwrap().to_string();
        ok_op(&api, &format!("{}start/", uri(&r.body)));
    }
    // Killed: the database and its journal, nothing else.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            ["state.db", "state.db-wal"].contains(&name.as_str()),
            "{name} left behind"
        );
    }
    let api = Api::start(&["--seed", "demo", "--state", &state_arg]);
    let svc = api.get(&format!("/api/app/v1/service/{uuid}/"));
    assert_eq!(svc["state"], "Running");
    assert_eq!(
        api.get("/api/app/v1/stack/")["meta"]["total_count"],
        0,
        "state wins over seed"
    );
    assert_eq!(api.get("/api/app/v1/container/")["meta"]["total_count"], 1);
}

#[test]
fn a_seed_file_is_the_initial_state() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.json");
    let service = json!({"uuid": "5eed0000-0000-4000-8000-000000000001", "name": "seeded",
        "state": "Stopped", "resource_uri": "/api/app/v1/tester/service/5eed0000-0000-4000-8000-000000000001/"});
    let file = json!({"format": "docker-cloud-server/1", "objects": {"service": [
        {"id": "5eed0000-0000-4000-8000-000000000001", "namespace": "tester", "object": service}]}});
    std::fs::write(&seed, file.to_string()).unwrap();
    let api = Api::start(&["--seed-file", seed.to_str().unwrap()]);
    let got = api.get("/api/app/v1/service/5eed0000-0000-4000-8000-000000000001/");
    assert_eq!(got["name"], "seeded");
}

#[test]
fn bad_start_options_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{not json").unwrap();
    let wrong = dir.path().join("wrong.json");
    std::fs::write(
        &wrong,
        r#"{"format": "docker-cloud-server/1", "objects": {"service": [{"id": 1}]}}"#,
    )
    .unwrap();
    let missing = dir.path().join("missing.json");
    for args in [
        vec!["--seed-file", bad.to_str().unwrap()],
        vec!["--state", bad.to_str().unwrap()],
        vec!["--state", dir.path().to_str().unwrap()],
        vec!["--seed-file", wrong.to_str().unwrap()],
        vec!["--seed-file", missing.to_str().unwrap()],
        vec!["--seed", "bogus"],
        vec!["--seed", "scale:x"],
        vec!["--user", "nokey"],
        vec!["--token", "novalue"],
    ] {
        let out = run_sandbox(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn request_log_and_default_user() {
    let (mut child, url, mut out) =
        spawn_server(&["--speed", "instant", "--log", "--seed", "empty"]);
    let banner: Vec<String> = (0..2).map(|_| out.next().unwrap().unwrap()).collect();
    assert!(
        banner.iter().any(|l| l.contains("DOCKERCLOUD_USER=demo")),
        "{banner:?}"
    );
    let r = Client::new()
        .get(format!("{url}/api/app/v1/service/?limit=3"))
        .basic_auth("demo", Some("demo-apikey"))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let log = stop_and_read_stderr(&mut child);
    let line = log
        .lines()
        .find(|l| l.contains("/api/app/v1/service/"))
        .unwrap_or_default();
    assert!(
        line.starts_with("GET /api/app/v1/service/?limit=3 200 "),
        "{log}"
    );
}

/// A sandbox with a timed `--speed`, killed on drop.
struct TimedServer {
    child: std::process::Child,
    url: String,
    http: Client,
}

impl Drop for TimedServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TimedServer {
    fn start(speed: &str) -> TimedServer {
        let user = format!("{}:{}", crate::common::USER, crate::common::APIKEY);
        let (child, url, lines) =
            spawn_server(&["--speed", speed, "--seed", "demo", "--user", &user]);
        std::thread::spawn(move || for _ in lines {});
        TimedServer {
            child,
            url,
            http: Client::new(),
        }
    }

    fn get(&self, path: &str) -> Value {
        self.http
            .get(format!("{}{path}", self.url))
            .header("Authorization", Server::basic_auth())
            .send()
            .unwrap()
            .json()
            .unwrap()
    }

    /// POST: status, body and action URI.
    fn post(&self, path: &str) -> (u16, Value, String) {
        let r = self
            .http
            .post(format!("{}{path}", self.url))
            .header("Authorization", Server::basic_auth())
            .send()
            .unwrap();
        let action = r
            .headers()
            .get("X-DockerCloud-Action-URI")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (r.status().as_u16(), r.json().unwrap(), action)
    }

    /// Polls `path` until `done` accepts it (at most 20 s).
    fn wait_for(&self, path: &str, done: impl Fn(&Value) -> bool) -> Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let v = self.get(path);
            if done(&v) {
                return v;
            }
            assert!(std::time::Instant::now() < deadline, "timed out: {v}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    fn service(&self, name: &str) -> String {
        uri(&self.get(&format!("/api/app/v1/service/?name={name}"))["objects"][0])
    }
}

#[test]
fn timed_transitions_run_in_the_background() {
    let sb = TimedServer::start("fast");
    let svc = sb.service("worker");
    let (status, body, action) = sb.post(&format!("{svc}start/"));
    assert_eq!(status, 202);
    assert_eq!(body["state"], "Starting");
    assert_eq!(body["current_num_containers"], 2);
    let a = sb.wait_for(&action, |a| a["state"] != "In progress");
    assert_eq!(a["state"], "Success");
    assert!(a["end_date"].is_string());
    let s = sb.get(&svc);
    assert_eq!(s["state"], "Running");
    assert_eq!(s["running_num_containers"], 2);
}

#[test]
fn busy_objects_refuse_operations_and_cancel_settles_them() {
    // Realistic steps take 1-3 s: the checks below happen well within the first one.
    let sb = TimedServer::start("realistic");
    let svc = sb.service("worker");
    let (_, body, action) = sb.post(&format!("{svc}start/"));
    assert_eq!(body["state"], "Starting");
    assert_eq!(sb.get(&action)["state"], "In progress");
    assert_eq!(sb.get(&action)["end_date"], Value::Null);
    let (status, busy, _) = sb.post(&format!("{svc}stop/"));
    assert_eq!(status, 400, "{busy}");
    let (status, canceled, _) = sb.post(&format!("{action}cancel/"));
    assert_eq!(status, 202);
    assert_eq!(canceled["state"], "Canceling");
    let a = sb.wait_for(&action, |a| a["state"] != "Canceling");
    assert_eq!(a["state"], "Canceled");
    assert_eq!(a["can_be_retried"], true);
    let s = sb.get(&svc);
    assert_eq!(
        s["state"], "Running",
        "a canceled start leaves the service settled"
    );
}
