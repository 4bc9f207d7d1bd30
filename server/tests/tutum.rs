//! The sandbox's Tutum dialect: `/api/v1/<resource>/` REST beside the Docker Cloud paths
//! on one server, `ApiKey` auth, `X-Tutum-Action-URI`, the Tutum field differences, the
//! Tutum-only resources, the `/v1/...` streams with query auth, and the `since` resume of
//! the event stream.

use std::collections::HashSet;

use reqwest::blocking::Client;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::{
    header, read_reply, spawn_server, stop_and_read_stderr, temp_file, text, Server, APIKEY, USER,
};
use crate::streams::*;

/// A reply: status, both action headers, JSON body (Null when empty) and its text.
struct Answer {
    status: u16,
    tutum_action: Option<String>,
    cloud_action: Option<String>,
    body: Value,
    text: String,
}

fn apikey() -> String {
    format!("ApiKey {USER}:{APIKEY}")
}

fn call(sb: &Server, method: &str, path: &str, auth: Option<&str>, body: Option<Value>) -> Answer {
    let method = Method::from_bytes(method.as_bytes()).expect("method");
    let mut req = Client::new().request(method, format!("{}{path}", sb.url));
    if let Some(a) = auth {
        req = req.header("Authorization", a);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().unwrap_or_else(|e| panic!("{path}: {e}"));
    let (tutum_action, cloud_action) = (
        header(&resp, "X-Tutum-Action-URI"),
        header(&resp, "X-DockerCloud-Action-URI"),
    );
    let (status, text, body) = read_reply(resp);
    Answer {
        status,
        tutum_action,
        cloud_action,
        body,
        text,
    }
}

/// A Tutum call with the `ApiKey` header.
fn tutum(sb: &Server, method: &str, path: &str, body: Option<Value>) -> Answer {
    call(sb, method, path, Some(&apikey()), body)
}

/// A Docker Cloud call with the user's Basic credentials.
fn cloud(sb: &Server, method: &str, path: &str) -> Answer {
    call(sb, method, path, Some(&Server::basic_auth()), None)
}

/// A successful Tutum GET's body.
fn get(sb: &Server, path: &str) -> Value {
    let a = tutum(sb, "GET", path, None);
    assert_eq!(a.status, 200, "GET {path}: {}", a.text);
    a.body
}

/// Every object of a list, following `meta.next`, which must stay under `/api/v1/`.
fn all(sb: &Server, path: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut next = Some(path.to_string());
    while let Some(p) = next {
        let page = get(sb, &p);
        out.extend(page["objects"].as_array().cloned().unwrap_or_default());
        next = page["meta"]["next"].as_str().map(str::to_string);
        if let Some(n) = &next {
            assert!(n.starts_with(path.split('?').next().unwrap()), "{n}");
        }
    }
    out
}

/// A JSON string value ("" otherwise).
fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// The last path segment of a URI.
fn last_id(uri: &str) -> &str {
    uri.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
}

fn uuids(objects: &[Value]) -> Vec<String> {
    objects
        .iter()
        .map(|o| text(o, "uuid").to_string())
        .collect()
}

fn demo() -> Server {
    Server::start(&["--seed", "demo"])
}

#[test]
fn every_tutum_family_lists_and_details_under_api_v1() {
    let sb = demo();
    for family in [
        "service",
        "stack",
        "container",
        "action",
        "provider",
        "region",
        "az",
        "nodetype",
        "nodecluster",
        "node",
        "registry",
        "image",
        "volume",
        "volumegroup",
    ] {
        let list = format!("/api/v1/{family}/");
        let objects = all(&sb, &format!("{list}?limit=2"));
        assert!(!objects.is_empty(), "{family}");
        for o in &objects {
            let uri = text(o, "resource_uri");
            assert!(uri.starts_with(&list), "{family}: {uri}");
            let detail = get(&sb, uri);
            assert_eq!(detail["resource_uri"], uri, "{family}");
        }
        let page = get(&sb, &format!("{list}?limit=1"));
        assert_eq!(page["meta"]["limit"], 1);
        if objects.len() > 1 {
            assert_eq!(page["meta"]["next"], format!("{list}?limit=1&offset=1"));
        }
    }
    let tags = get(&sb, "/api/v1/tag/");
    assert!(tags["objects"].as_array().is_some_and(|t| !t.is_empty()));
    let token = tutum(&sb, "POST", "/api/v1/token/", None);
    assert_eq!(token.status, 201, "{}", token.text);
    // Filters and the paging links keep them, in Tutum form.
    let running = get(&sb, "/api/v1/container/?state=Running&limit=1");
    let next = running["meta"]["next"].as_str().unwrap();
    assert!(next.starts_with("/api/v1/container/?state=Running&limit=1&offset=1"));
    let web = get(&sb, "/api/v1/service/?name=web");
    assert_eq!(web["meta"]["total_count"], 1);
    let svc = text(&web["objects"][0], "resource_uri").to_string();
    let by_service = all(&sb, &format!("/api/v1/container/?service={svc}"));
    assert_eq!(by_service.len(), 2);
    // Triggers: the service's sub-resource.
    let triggers = get(&sb, &format!("{svc}trigger/"));
    let trigger = &triggers["objects"][0];
    assert!(text(trigger, "resource_uri").starts_with(&format!("{svc}trigger/")));
    assert_eq!(
        get(&sb, text(trigger, "resource_uri"))["name"],
        trigger["name"]
    );
    let stack = text(&web["objects"][0], "stack");
    assert!(stack.starts_with("/api/v1/stack/"), "{stack}");
    let export = tutum(&sb, "GET", &format!("{stack}export/"), None);
    assert_eq!(export.status, 200, "{}", export.text);
}

#[test]
fn both_path_families_see_the_same_objects() {
    let sb = demo();
    let cloud_get = |path: &str| cloud(&sb, "GET", path);
    for (tutum_path, cloud_path) in [
        ("/api/v1/service/", "/api/app/v1/service/"),
        ("/api/v1/container/", "/api/app/v1/container/"),
        ("/api/v1/node/", "/api/infra/v1/node/"),
        ("/api/v1/action/", "/api/audit/v1/action/"),
        ("/api/v1/volume/", "/api/infra/v1/volume/"),
        ("/api/v1/volumegroup/", "/api/infra/v1/volumegroup/"),
    ] {
        let t = uuids(&all(&sb, &format!("{tutum_path}?limit=0")));
        let c = cloud_get(&format!("{cloud_path}?limit=0"));
        assert_eq!(c.status, 200);
        assert_eq!(
            t,
            uuids(c.body["objects"].as_array().unwrap()),
            "{tutum_path}"
        );
    }
    // A Tutum create with Tutum URIs in the body lands in the user's namespace.
    let db = text(
        &get(&sb, "/api/v1/service/?name=db")["objects"][0],
        "resource_uri",
    )
    .to_string();
    let created = tutum(
        &sb,
        "POST",
        "/api/v1/service/",
        Some(json!({"image": "tutum/hello-world", "name": "tutum-made",
            "linked_to_service": [{"to_service": db, "name": "DB"}]})),
    );
    assert_eq!(created.status, 201, "{}", created.text);
    let uuid = text(&created.body, "uuid");
    assert_eq!(created.body["linked_to_service"][0]["to_service"], db);
    let seen = cloud_get(&format!("/api/app/v1/{USER}/service/{uuid}/"));
    assert_eq!(seen.status, 200);
    let link = text(&seen.body["linked_to_service"][0], "to_service");
    assert!(link.starts_with("/api/app/v1/"), "{link}");
    assert_eq!(last_id(link), last_id(&db));
    let cluster = tutum(
        &sb,
        "POST",
        "/api/v1/nodecluster/",
        Some(json!({"name": "tutum-cluster", "target_num_nodes": 1,
            "region": "/api/v1/region/digitalocean/lon1/",
            "node_type": "/api/v1/nodetype/digitalocean/1gb/"})),
    );
    assert_eq!(cluster.status, 201, "{}", cluster.text);
    assert_eq!(cluster.body["region"], "/api/v1/region/digitalocean/lon1/");
    let seen = cloud_get(&format!(
        "/api/infra/v1/nodecluster/{}/",
        text(&cluster.body, "uuid")
    ));
    assert_eq!(
        seen.body["region"],
        "/api/infra/v1/region/digitalocean/lon1/"
    );
}

#[test]
fn operations_answer_with_the_tutum_action_header() {
    let sb = demo();
    let svc = get(&sb, "/api/v1/service/?name=web")["objects"][0].clone();
    let uri = text(&svc, "resource_uri");
    let stopped = tutum(&sb, "POST", &format!("{uri}stop/"), None);
    assert_eq!(stopped.status, 202, "{}", stopped.text);
    assert_eq!(stopped.cloud_action, None);
    let action_uri = stopped.tutum_action.expect("X-Tutum-Action-URI");
    assert!(action_uri.starts_with("/api/v1/action/"), "{action_uri}");
    let action = get(&sb, &action_uri);
    assert_eq!(action["object"], uri);
    assert_eq!(action["body"], "");
    assert!(action.get("user").is_none(), "{action}");
    // The same action in Docker Cloud form: `user`, no `body`.
    let in_cloud = cloud(
        &sb,
        "GET",
        &format!("/api/audit/v1/action/{}/", text(&action, "uuid")),
    );
    assert_eq!(in_cloud.body["user"], USER);
    assert!(in_cloud.body.get("body").is_none());
    // A PATCH records its body as sent.
    let sent = json!({"target_num_containers": 3});
    let patched = tutum(&sb, "PATCH", uri, Some(sent.clone()));
    assert_eq!(patched.status, 202, "{}", patched.text);
    let action = get(&sb, &patched.tutum_action.expect("action header"));
    let body: Value = serde_json::from_str(text(&action, "body")).expect("JSON body");
    assert_eq!(body, sent);
    assert_eq!(action["path"], uri);
    // The Docker Cloud paths keep their own header.
    let cloud_stop = cloud(
        &sb,
        "POST",
        &format!("/api/app/v1/service/{}/start/", text(&svc, "uuid")),
    );
    assert_eq!(cloud_stop.status, 202);
    assert!(cloud_stop.tutum_action.is_none());
    assert!(cloud_stop
        .cloud_action
        .unwrap()
        .starts_with("/api/audit/v1/action/"));
    // A trigger call (no credentials) keeps its payload verbatim as the action body.
    let trigger = get(&sb, &format!("{uri}trigger/"))["objects"][0].clone();
    let payload = r#"{"push_data": {"tag": "latest"},  "uri": "/api/v1/service/x/"}"#;
    let called = Client::new()
        .post(format!("{}{}", sb.url, text(&trigger, "url")))
        .header("Content-Type", "application/json")
        .body(payload)
        .send()
        .unwrap();
    assert_eq!(called.status().as_u16(), 202);
    let action = called.headers()["X-Tutum-Action-URI"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(get(&sb, &action)["body"], payload);
    // Terminate is a DELETE with an action too; the action list shows it first.
    let deleted = tutum(&sb, "DELETE", uri, None);
    assert_eq!(deleted.status, 202);
    let last = get(&sb, "/api/v1/action/?limit=1");
    assert_eq!(
        last["objects"][0]["resource_uri"],
        deleted.tutum_action.unwrap()
    );
}

#[test]
fn apikey_basic_and_token_auth_and_json_401s() {
    let sb = Server::start(&["--seed", "empty", "--token", &format!("{USER}=Bearer t0k")]);
    for auth in [apikey(), Server::basic_auth(), "Bearer t0k".to_string()] {
        let a = call(&sb, "GET", "/api/v1/service/", Some(&auth), None);
        assert_eq!(a.status, 200, "{auth}: {}", a.text);
    }
    for auth in [
        Some(format!("ApiKey {USER}:wrong")),
        Some(format!("ApiKey {USER}")),
        Some("ApiKey".to_string()),
        None,
    ] {
        let a = call(&sb, "GET", "/api/v1/service/", auth.as_deref(), None);
        assert_eq!(a.status, 401, "{auth:?}");
        assert!(a.body["error"].is_string(), "{}", a.text);
        assert_eq!(a.text.lines().count(), 1);
    }
    // Errors name the Tutum path; bad input is a JSON 4xx.
    let missing = tutum(&sb, "GET", "/api/v1/service/nope/extra/more/", None);
    assert_eq!(missing.status, 404);
    assert!(!missing.text.contains("/api/app/"), "{}", missing.text);
    let bad = tutum(&sb, "POST", "/api/v1/service/", Some(json!([1])));
    assert_eq!(bad.status, 400, "{}", bad.text);
    let unknown = tutum(&sb, "GET", "/api/v1/nothing/", None);
    assert_eq!(unknown.status, 404);
    assert!(unknown.body["error"].is_string());
}

#[test]
fn tutum_replies_carry_the_tutum_field_differences() {
    let sb = demo();
    for list in ["/api/v1/service/", "/api/v1/container/", "/api/v1/node/"] {
        let page = tutum(&sb, "GET", &format!("{list}?limit=0"), None);
        for docker_cloud in [
            "/api/app/",
            "/api/infra/",
            "/api/audit/",
            "dockerapp.io",
            "DOCKERCLOUD",
            "cloud.docker.com",
        ] {
            assert!(!page.text.contains(docker_cloud), "{list}: {docker_cloud}");
        }
    }
    let registry = get(&sb, "/api/v1/registry/registry-1.docker.io/");
    assert_eq!(registry["is_tutum_registry"], true);
    assert!(registry["icon_url"].is_string());
    assert_eq!(registry["port"], 443);
    assert!(registry.get("is_docker_registry").is_none());

    let web = get(&sb, "/api/v1/service/?name=web")["objects"][0].clone();
    assert_eq!(
        web["image_tag"],
        "/api/v1/image/tutum/wordpress-stackable/tag/latest/"
    );
    assert!(text(&web, "public_dns").ends_with(".svc.tutum.io"));
    let links = web["link_variables"].as_object().unwrap();
    assert!(links.contains_key("WEB_TUTUM_API_URL"), "{links:?}");
    let container = get(&sb, s(&web["containers"][0]));
    assert_eq!(container["image_tag"], web["image_tag"]);
    assert!(text(&container, "public_dns").ends_with(".cont.tutum.io"));
    let metric = &container["last_metric"];
    assert!(metric["cpu"].as_f64().unwrap() > 0.0, "{metric}");
    assert!(metric["memory"].as_u64().unwrap() > 0);
    assert!(metric["disk"].as_u64().unwrap() > 0);
    let node = get(&sb, text(&container, "node"));
    assert!(text(&node, "external_fqdn").ends_with(".node.tutum.io"));
    assert!(node["last_metric"]["memory"].is_u64());
    // Docker Cloud form of the same objects is untouched.
    let in_cloud = cloud(
        &sb,
        "GET",
        &format!("/api/app/v1/container/{}/", text(&container, "uuid")),
    );
    assert!(in_cloud.body.get("last_metric").is_none());
    assert!(text(&in_cloud.body, "public_dns").ends_with(".cont.dockerapp.io"));
}

#[test]
fn tutum_only_resources_are_read_only_with_filters() {
    let sb = demo();
    let hello = get(&sb, "/api/v1/image/tutum/hello-world/");
    assert_eq!(hello["name"], "tutum/hello-world");
    let tags: Vec<&str> = hello["tags"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        tags,
        [
            "/api/v1/image/tutum/hello-world/tag/latest/",
            "/api/v1/image/tutum/hello-world/tag/v1/"
        ]
    );
    let v1 = get(&sb, tags[1]);
    assert_eq!(v1["full_name"], "tutum/hello-world:v1");
    assert_eq!(v1["image"], "/api/v1/image/tutum/hello-world/");
    assert_eq!(text(&v1["layer"], "docker_id").len(), 64);
    let listed = get(&sb, "/api/v1/image/tutum/hello-world/tag/");
    assert_eq!(listed["meta"]["total_count"], 2);
    assert_eq!(listed["objects"][1], v1);
    let jump = get(&sb, "/api/v1/image/?jumpstart=true&categories__name=demo");
    assert_eq!(jump["meta"]["total_count"], 1);
    let by_name = get(&sb, "/api/v1/image/?name=tutum/mysql");
    assert_eq!(by_name["objects"][0]["name"], "tutum/mysql");

    let group = get(&sb, "/api/v1/volumegroup/?name=db")["objects"][0].clone();
    let db = s(&group["services"][0]).to_string();
    assert_eq!(get(&sb, &db)["name"], "db");
    let volume = get(&sb, s(&group["volumes"][0]));
    assert_eq!(volume["volume_group"], group["resource_uri"]);
    let container = get(&sb, s(&volume["containers"][0]));
    assert_eq!(container["bindings"][0]["volume"], volume["resource_uri"]);
    assert_eq!(volume["node"], container["node"]);
    let on_node = get(
        &sb,
        &format!("/api/v1/volume/?node={}", text(&volume, "node")),
    );
    assert_eq!(
        uuids(on_node["objects"].as_array().unwrap()),
        [text(&volume, "uuid")]
    );
    let by_service = get(&sb, &format!("/api/v1/volumegroup/?services={db}"));
    assert_eq!(by_service["meta"]["total_count"], 1);

    for (method, path) in [
        ("POST", "/api/v1/volume/"),
        ("DELETE", text(&volume, "resource_uri")),
        ("PATCH", "/api/v1/volumegroup/"),
        ("DELETE", "/api/v1/image/tutum/hello-world/"),
        ("POST", "/api/v1/image/tutum/hello-world/tag/"),
    ] {
        let a = tutum(&sb, method, path, Some(json!({})));
        assert_eq!(a.status, 405, "{method} {path}: {}", a.text);
    }
    for path in [
        "/api/v1/image/tutum/nothing/",
        "/api/v1/image/tutum/hello-world/tag/v9/",
        "/api/v1/volume/0e2f9c4e-0000-4000-8000-000000000000/",
    ] {
        assert_eq!(tutum(&sb, "GET", path, None).status, 404, "{path}");
    }
    // Volumes are also listed on the Docker Cloud paths; images only in Tutum.
    let volumes = cloud(&sb, "GET", &format!("/api/infra/v1/{USER}/volume/"));
    assert_eq!(volumes.body["meta"]["total_count"], 1);
    assert!(text(&volumes.body["objects"][0], "resource_uri").starts_with("/api/infra/v1/"));
    assert_eq!(cloud(&sb, "GET", "/api/repo/v1/image/").status, 404);

    let empty = Server::start(&["--seed", "empty"]);
    for list in ["/api/v1/image/", "/api/v1/volume/", "/api/v1/volumegroup/"] {
        assert_eq!(get(&empty, list)["meta"]["total_count"], 0, "{list}");
    }
}

#[test]
fn tutum_images_register_update_and_remove_repositories() {
    let sb = demo();
    let repository_in_cloud =
        |method: &str, name: &str| cloud(&sb, method, &format!("/api/repo/v1/repository/{name}/"));
    let sent = json!({"name": "quay.io/me/app", "username": "bob", "password": "pw",
        "description": "mine", "build_source": null});
    let made = tutum(&sb, "POST", "/api/v1/image/", Some(sent));
    assert_eq!(made.status, 201, "{}", made.text);
    let image = made.body;
    assert_eq!(image["resource_uri"], "/api/v1/image/quay.io/me/app/");
    assert_eq!(image["registry"], "/api/v1/registry/quay.io/");
    assert_eq!(image["username"], "bob");
    assert_eq!(image["description"], "mine");
    assert_eq!(image["is_user_image"], true);
    assert_eq!(image["jumpstart"], false);
    assert_eq!(image["in_use"], false);
    assert_eq!(image["tags"], json!([]));
    assert!(image.get("password").is_none(), "{image}");
    assert_eq!(get(&sb, "/api/v1/image/quay.io/me/app/"), image);
    let mine = get(&sb, "/api/v1/image/?is_user_image=true&limit=0");
    let names: Vec<&str> = mine["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| text(o, "name"))
        .collect();
    assert_eq!(
        names,
        [
            "registry.local/demo/api",
            "quay.io/demo/worker",
            "quay.io/me/app"
        ]
    );
    // The same store object as the Docker Cloud repository, both ways.
    let repository = repository_in_cloud("GET", "quay.io/me/app");
    assert_eq!(repository.status, 200, "{}", repository.text);
    assert_eq!(
        repository.body["resource_uri"],
        format!("/api/repo/v1/{USER}/repository/quay.io/me/app/")
    );
    assert_eq!(repository.body["username"], "bob");
    let seeded = get(&sb, "/api/v1/image/registry.local/demo/api/");
    assert_eq!(seeded["username"], "deploy");
    assert_eq!(seeded["in_use"], true);

    // Tags stay read-only; a registered repository has none.
    let tags = get(&sb, "/api/v1/image/quay.io/me/app/tag/");
    assert_eq!(tags["meta"]["total_count"], 0);
    let post_tag = tutum(&sb, "POST", "/api/v1/image/quay.io/me/app/tag/", None);
    assert_eq!(post_tag.status, 405);
    let latest = tutum(&sb, "GET", "/api/v1/image/quay.io/me/app/tag/latest/", None);
    assert_eq!(latest.status, 404);

    let patch = json!({"username": "alice", "password": "pw2", "description": "new"});
    let patched = tutum(&sb, "PATCH", "/api/v1/image/quay.io/me/app/", Some(patch));
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.body["username"], "alice");
    assert_eq!(patched.body["description"], "new");
    assert!(!patched.text.contains("pw2"));
    assert_eq!(
        repository_in_cloud("GET", "quay.io/me/app").body["username"],
        "alice"
    );

    // Bad bodies: 400 with a JSON error, nothing stored or changed.
    for (method, path, body) in [
        ("POST", "/api/v1/image/", json!({})),
        ("POST", "/api/v1/image/", json!({"name": 5})),
        (
            "POST",
            "/api/v1/image/",
            json!({"name": "x.io/y", "state": "Success"}),
        ),
        (
            "POST",
            "/api/v1/image/",
            json!({"name": "x.io/y", "username": ["u"]}),
        ),
        (
            "POST",
            "/api/v1/image/",
            json!({"name": "x.io/y", "build_source": {"type": "GITHUB"}}),
        ),
        ("POST", "/api/v1/image/", json!(["x.io/y"])),
        (
            "PATCH",
            "/api/v1/image/quay.io/me/app/",
            json!({"name": "x.io/y"}),
        ),
        (
            "PATCH",
            "/api/v1/image/quay.io/me/app/",
            json!({"description": 3}),
        ),
    ] {
        let a = tutum(&sb, method, path, Some(body.clone()));
        assert_eq!(a.status, 400, "{method} {body}: {}", a.text);
        assert!(a.body["error"].is_string(), "{method} {body}: {}", a.text);
    }
    let garbled = Client::new()
        .post(format!("{}/api/v1/image/", sb.url))
        .header("Authorization", apikey())
        .header("Content-Type", "application/json")
        .body("{\"name\": ")
        .send()
        .unwrap();
    assert_eq!(garbled.status().as_u16(), 400);
    let error: Value = garbled.json().unwrap();
    assert!(error["error"].is_string(), "{error}");
    assert_eq!(tutum(&sb, "GET", "/api/v1/image/x.io/y/", None).status, 404);
    assert_eq!(
        get(&sb, "/api/v1/image/quay.io/me/app/")["username"],
        "alice"
    );

    // Names are unique across images and repositories; catalog images stay read-only.
    for name in ["quay.io/me/app", "tutum/hello-world"] {
        let again = tutum(&sb, "POST", "/api/v1/image/", Some(json!({"name": name})));
        assert_eq!(again.status, 409, "{name}: {}", again.text);
    }
    let catalog = json!({"description": "x"});
    let a = tutum(
        &sb,
        "PATCH",
        "/api/v1/image/tutum/hello-world/",
        Some(catalog),
    );
    assert_eq!(a.status, 405, "{}", a.text);

    let gone = tutum(&sb, "DELETE", "/api/v1/image/quay.io/me/app/", None);
    assert_eq!(gone.status, 204, "{}", gone.text);
    assert_eq!(
        tutum(&sb, "GET", "/api/v1/image/quay.io/me/app/", None).status,
        404
    );
    assert_eq!(repository_in_cloud("GET", "quay.io/me/app").status, 404);
    let twice = tutum(&sb, "DELETE", "/api/v1/image/quay.io/me/app/", None);
    assert_eq!(twice.status, 404);
}

#[test]
fn persisted_state_keeps_the_tutum_collections_and_action_bodies() {
    let (_dir, state) = temp_file("state.json");
    let sent = json!({"target_num_containers": 4});
    let (images, action) = {
        let sb = Server::start(&["--seed", "demo", "--state", &state]);
        let svc = get(&sb, "/api/v1/service/?name=worker")["objects"][0].clone();
        let patched = tutum(&sb, "PATCH", text(&svc, "resource_uri"), Some(sent.clone()));
        (
            get(&sb, "/api/v1/image/?limit=0"),
            patched.tutum_action.unwrap(),
        )
    };
    let sb = Server::start(&["--state", &state]);
    assert_eq!(get(&sb, "/api/v1/image/?limit=0"), images);
    assert_eq!(get(&sb, "/api/v1/volumegroup/")["meta"]["total_count"], 1);
    let body: Value = serde_json::from_str(text(&get(&sb, &action), "body")).unwrap();
    assert_eq!(body, sent);
}

// ---- streams ----

fn query_auth() -> String {
    format!("user={USER}&token={APIKEY}")
}

#[test]
fn tutum_events_use_query_auth_and_tutum_messages() {
    let sb = demo();
    let mut ws = try_connect(&sb, &format!("/v1/events/?{}", query_auth()), false).unwrap();
    assert_eq!(next_json(&mut ws)["type"], "auth");
    let header = urlencoding(&apikey());
    let mut by_auth = try_connect(
        &sb,
        &format!("/v1/events?auth={header}&type=container"),
        false,
    )
    .expect("auth query");
    assert_eq!(next_json(&mut by_auth)["type"], "auth");
    let mut by_header = connect(&sb, "/v1/events/");
    assert_eq!(next_json(&mut by_header)["type"], "auth");
    for bad in [
        format!("/v1/events/?user={USER}&token=wrong"),
        "/v1/events/".to_string(),
    ] {
        // In-band, the only refusal the Tutum SDK stops reconnecting on.
        let mut refused = try_connect(&sb, &bad, false).expect("upgrade accepted");
        assert_eq!(
            until_end(&mut refused),
            (vec![unauthorized()], End::Normal),
            "{bad}"
        );
    }

    let container = first_in_state(&sb, "/api/app/v1/container/", "Running");
    let uri = format!("/api/v1/container/{}/", text(&container, "uuid"));
    let stop = tutum(&sb, "POST", &format!("{uri}stop/"), None);
    assert_eq!(stop.status, 202);
    for ws in [&mut ws, &mut by_auth, &mut by_header] {
        let event = next_matching(ws, |m| m["resource_uri"] == uri && m["state"] == "Stopped");
        assert_eq!(event["type"], "container");
        assert!(event.get("uuid").is_none() && event.get("datetime").is_none());
        for p in event["parents"].as_array().unwrap() {
            assert!(s(p).starts_with("/api/v1/"), "{p}");
        }
    }
    let action = stop.tutum_action.unwrap();
    next_matching(&mut ws, |m| m["resource_uri"] == action.as_str());
}

/// A minimal URL encoding for a header value in a query.
fn urlencoding(value: &str) -> String {
    value.replace(':', "%3A").replace(' ', "%20")
}

#[test]
fn tutum_logs_and_exec_streams() {
    let sb = demo();
    let container = first_in_state(&sb, "/api/app/v1/container/", "Running");
    let uuid = text(&container, "uuid");
    let q = query_auth();
    let read = |path: String| until_end(&mut try_connect(&sb, &path, false).unwrap());
    let (lines, end) = read(format!("/v1/container/{uuid}/logs/?follow=false&{q}"));
    assert_eq!(end, End::Normal);
    assert!(!lines.is_empty() && lines.iter().all(|l| l["type"] == "log"));
    let service = last_id(text(&container, "service"));
    let (lines, end) = read(format!(
        "/v1/service/{service}/logs?follow=false&tail=1&{q}"
    ));
    assert_eq!((lines.len(), end), (1, End::Normal));
    assert!(lines[0]["source"].is_string());
    let action = get(&sb, "/api/v1/action/?limit=1")["objects"][0].clone();
    let action = text(&action, "uuid");
    let (lines, _) = read(format!("/v1/action/{action}/logs/?follow=false&{q}"));
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l.get("streamType").is_none()));

    let (frames, end) = read(format!("/v1/container/{uuid}/exec/?command=hostname&{q}"));
    assert_eq!(end, End::Exit(0));
    assert!(frames.iter().all(|f| f["type"] == "exec"), "{frames:?}");
    for path in [
        format!("/v1/container/{uuid}/exec/"),
        format!("/v1/container/{uuid}/logs/"),
    ] {
        let mut refused = try_connect(&sb, &path, false).expect("upgrade accepted");
        assert_eq!(until_end(&mut refused), (vec![unauthorized()], End::Normal));
    }
}

/// The in-band refusal of bad credentials (api.md §4.1).
fn unauthorized() -> Value {
    json!({"type": "error", "data": {"errorMessage": "UNAUTHORIZED"}})
}

#[test]
fn request_log_masks_the_key_of_stream_urls() {
    let user = format!("{USER}:{APIKEY}");
    let (mut child, url, _out) = spawn_server(&[
        "--speed", "instant", "--log", "--seed", "empty", "--user", &user,
    ]);
    let ws_url = url.replacen("http://", "ws://", 1);
    let header = urlencoding(&apikey());
    for query in [query_auth(), format!("auth={header}")] {
        let (mut ws, _) =
            tungstenite::connect(format!("{ws_url}/v1/events/?{query}")).expect("connect");
        let _ = ws.read();
        let _ = ws.close(None);
    }
    let r = Client::new()
        .get(format!("{url}/api/v1/service/?apikey={APIKEY}"))
        .header("Authorization", apikey())
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let log = stop_and_read_stderr(&mut child);
    assert!(!log.contains(APIKEY), "{log}");
    assert!(
        log.contains(&format!("GET /v1/events/?user={USER}&token=*** ")),
        "{log}"
    );
    assert!(log.contains("GET /v1/events/?auth=*** "), "{log}");
    assert!(
        log.contains("GET /api/v1/service/?apikey=*** 200 "),
        "{log}"
    );
}

// ---- event resume ----

/// Reads events until the action `action` (Docker Cloud URI) reports `Success`; returns
/// every event read, that one included.
fn until_action_done(ws: &mut Ws, action: &str) -> Vec<Value> {
    let mut seen = Vec::new();
    loop {
        let m = next_json(ws);
        let done = m["resource_uri"] == action && m["state"] == "Success";
        seen.push(m);
        if done {
            return seen;
        }
    }
}

fn event_ids(events: &[Value]) -> Vec<String> {
    events.iter().map(|e| text(e, "uuid").to_string()).collect()
}

/// Stops or starts the container `uri` (Docker Cloud form); returns its action URI.
fn toggle(sb: &Server, uri: &str, op: &str) -> String {
    let r = rest(sb, "POST", &format!("{uri}{op}/"));
    assert_eq!(r.status, 202, "{}", r.body);
    r.action_uri.expect("action header")
}

#[test]
fn since_replays_exactly_the_missed_events_then_goes_live() {
    let sb = demo();
    let container = first_in_state(&sb, "/api/app/v1/container/", "Running");
    let uri = text(&container, "resource_uri").to_string();
    let mut live = connect(&sb, "/api/audit/v1/events/");
    let mut dropped = connect(&sb, "/api/audit/v1/events/");
    for ws in [&mut live, &mut dropped] {
        assert_eq!(next_json(ws)["type"], "auth");
    }
    let first = toggle(&sb, &uri, "stop");
    let before = until_action_done(&mut dropped, &first);
    drop(dropped);
    let last_seen = text(before.last().unwrap(), "uuid").to_string();
    assert_eq!(
        event_ids(&until_action_done(&mut live, &first)),
        event_ids(&before)
    );

    // Missed while disconnected: a start and a stop.
    let second = toggle(&sb, &uri, "start");
    let third = toggle(&sb, &uri, "stop");
    let mut missed = until_action_done(&mut live, &second);
    missed.extend(until_action_done(&mut live, &third));

    let mut resumed = connect(&sb, &format!("/api/audit/v1/events/?since={last_seen}"));
    let mut containers_only = connect(
        &sb,
        &format!("/api/audit/v1/events/?since={last_seen}&type=container"),
    );
    for ws in [&mut resumed, &mut containers_only] {
        assert_eq!(next_json(ws)["type"], "auth");
    }
    let mut replayed = until_action_done(&mut resumed, &second);
    replayed.extend(until_action_done(&mut resumed, &third));
    assert_eq!(event_ids(&replayed), event_ids(&missed));
    let wanted: Vec<&Value> = missed.iter().filter(|e| e["type"] == "container").collect();
    for expected in wanted {
        assert_eq!(next_json(&mut containers_only), *expected);
    }

    // Then live, with nothing sent twice.
    let fourth = toggle(&sb, &uri, "start");
    let after = until_action_done(&mut resumed, &fourth);
    let mut all_ids = event_ids(&replayed);
    all_ids.extend(event_ids(&after));
    let unique: HashSet<&String> = all_ids.iter().collect();
    assert_eq!(unique.len(), all_ids.len());
    let live_after = until_action_done(&mut live, &fourth);
    assert_eq!(event_ids(&after), event_ids(&live_after));
}

#[test]
fn since_an_unknown_event_sends_a_gap_then_goes_live() {
    let sb = demo();
    let container = first_in_state(&sb, "/api/app/v1/container/", "Running");
    let uri = text(&container, "resource_uri").to_string();
    let tutum_uri = format!("/api/v1/container/{}/", text(&container, "uuid"));
    let mut streams: Vec<(Ws, &str)> = [
        (
            "/api/audit/v1/events/?since=0e2f9c4e-0000-4000-8000-000000000000",
            uri.as_str(),
        ),
        ("/api/audit/v1/events/?since=", uri.as_str()),
        ("/v1/events/?since=whatever", tutum_uri.as_str()),
    ]
    .into_iter()
    .map(|(path, uri)| (connect(&sb, path), uri))
    .collect();
    for (ws, _) in &mut streams {
        assert_eq!(next_json(ws)["type"], "auth");
        assert_eq!(next_json(ws), json!({"type": "gap"}));
    }
    toggle(&sb, &uri, "stop");
    for (ws, uri) in &mut streams {
        let event = next_matching(ws, |m| m["type"] == "container");
        assert_eq!(event["resource_uri"], *uri);
    }
}

#[test]
fn tutum_action_logs_name_tutum_hosts() {
    let sb = demo();
    let web = first_in_state(&sb, "/api/app/v1/service/", "Running");
    let uri = format!("/api/v1/service/{}/", text(&web, "uuid"));
    let more = web["target_num_containers"].as_i64().unwrap() + 1;
    let patched = tutum(
        &sb,
        "PATCH",
        &uri,
        Some(json!({"target_num_containers": more})),
    );
    assert_eq!(patched.status, 202, "{}", patched.text);
    let scaled = tutum(&sb, "POST", &format!("{uri}scale/"), None);
    assert_eq!(scaled.status, 202, "{}", scaled.text);
    let action = scaled.tutum_action.expect("action header");
    let q = query_auth();
    let mut logs = try_connect(
        &sb,
        &format!("/v1/action/{}/logs/?follow=false&{q}", last_id(&action)),
        false,
    )
    .unwrap();
    let (lines, _) = until_end(&mut logs);
    let text: String = lines
        .iter()
        .map(|l| s(&l["log"]).to_string() + "\n")
        .collect();
    assert!(text.contains(".node.tutum.io"), "{text}");
    assert!(!text.contains("dockerapp.io"), "{text}");
}
