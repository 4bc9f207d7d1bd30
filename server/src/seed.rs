//! Initial data: the provider catalog (in every seed), the `demo` account, and
//! `scale:N` for benchmarks.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::kind::Kind;
use crate::machine::{self, Ctx};
use crate::obj::Obj;
use crate::ops;
use crate::reply::ApiError;
use crate::runtime;
use crate::runtime::sim::{Sim, Speed};
use crate::store::{set_clock_offset, Store};

/// A provider of the catalog: its regions as (name, label) and its node types as (name,
/// label, cpu, memory MB, disk GB).
#[derive(Deserialize)]
struct Provider {
    name: String,
    label: String,
    regions: Vec<(String, String)>,
    node_types: Vec<(String, String, u32, u32, u32)>,
}

/// The provider catalog, as data.
const CATALOG: &str = include_str!("catalog.json");

fn catalog_obj(id: String, object: Value) -> Obj {
    Obj {
        id,
        namespace: None,
        parent: None,
        object,
    }
}

/// Adds the static provider catalog (providers, regions, AZs, node types) if missing.
pub fn ensure_catalog(st: &mut Store) {
    if st.count(Kind::Provider) > 0 {
        return;
    }
    let catalog: Vec<Provider> =
        serde_json::from_str(CATALOG).expect("catalog.json holds the provider catalog");
    for provider in &catalog {
        let Provider {
            name: p,
            label,
            regions,
            node_types: types,
        } = provider;
        let region_uris: Vec<String> = regions
            .iter()
            .map(|(r, _)| format!("/api/infra/v1/region/{p}/{r}/"))
            .collect();
        let type_uris: Vec<String> = types
            .iter()
            .map(|t| format!("/api/infra/v1/nodetype/{p}/{}/", t.0))
            .collect();
        let mut all_azs = Vec::new();
        st.insert(
            Kind::Provider,
            catalog_obj(
                p.to_string(),
                json!({
                    "available": true,
                    "label": label,
                    "name": p,
                    "regions": region_uris,
                    "resource_uri": format!("/api/infra/v1/provider/{p}/"),
                }),
            ),
        );
        for (r, rlabel) in regions.iter() {
            let azs: Vec<String> = if p == "aws" {
                ["a", "b", "c"]
                    .iter()
                    .map(|z| format!("/api/infra/v1/az/{p}/{r}/{r}{z}/"))
                    .collect()
            } else {
                Vec::new()
            };
            st.insert(
                Kind::Region,
                catalog_obj(
                    format!("{p}/{r}"),
                    json!({
                        "availability_zones": azs,
                        "available": true,
                        "label": rlabel,
                        "name": r,
                        "node_types": type_uris,
                        "provider": format!("/api/infra/v1/provider/{p}/"),
                        "resource_uri": format!("/api/infra/v1/region/{p}/{r}/"),
                    }),
                ),
            );
            for az in &azs {
                let name = crate::store::uri_id(az).to_string();
                st.insert(
                    Kind::Az,
                    catalog_obj(
                        format!("{p}/{r}/{name}"),
                        json!({
                            "available": true,
                            "name": name,
                            "region": format!("/api/infra/v1/region/{p}/{r}/"),
                            "resource_uri": az,
                        }),
                    ),
                );
            }
            all_azs.extend(azs);
        }
        for (t, tlabel, cpu, memory, disk) in types.iter() {
            st.insert(
                Kind::NodeType,
                catalog_obj(
                    format!("{p}/{t}"),
                    json!({
                        "availability_zones": all_azs,
                        "available": true,
                        "label": tlabel,
                        "name": t,
                        "provider": format!("/api/infra/v1/provider/{p}/"),
                        "regions": region_uris,
                        "resource_uri": format!("/api/infra/v1/nodetype/{p}/{t}/"),
                        "cpu": cpu,
                        "memory": memory,
                        "disk": disk,
                    }),
                ),
            );
        }
    }
}

/// Fills `st` with seed `name` (`demo`, `empty`, `scale:N`) for user `owner`.
pub fn seed(st: &mut Store, name: &str, owner: &str) -> Result<(), String> {
    ensure_catalog(st);
    let result = match name {
        "empty" => Ok(()),
        "demo" => demo(st, owner),
        _ => match name.strip_prefix("scale:").map(str::parse::<usize>) {
            Some(Ok(n)) if n <= 100_000 => scale(st, owner, n),
            _ => Err(format!(
                "invalid --seed '{name}' (expected demo, empty or scale:N with N up to 100000)"
            )),
        },
    };
    set_clock_offset(0);
    result
}

fn ctx(owner: &str, method: &str, path: &str) -> Ctx {
    Ctx {
        user: owner.to_string(),
        ns: owner.to_string(),
        method: method.to_string(),
        path: path.to_string(),
        user_agent: "dockercloud-cli/1.0.9 python-dockercloud/1.0.12".to_string(),
        ip: "127.0.0.1".to_string(),
        body: String::new(),
    }
}

fn body(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn err(e: ApiError) -> String {
    format!("seeding failed: {}", e.1)
}

/// A POST of `owner` to `rest` below the path of `kind`'s objects.
fn post(owner: &str, kind: Kind, rest: &str) -> Ctx {
    let subsystem = kind.subsystem().unwrap_or_default();
    ctx(
        owner,
        "POST",
        &format!("/api/{subsystem}/v1/{owner}/{kind}/{rest}"),
    )
}

/// Begins action `name` of operation `op` on object `id` of `kind`, as a POST to the
/// operation's path would; returns the action's uuid.
fn begin(st: &mut Store, owner: &str, kind: Kind, id: &str, op: &str, name: &str) -> String {
    let action = crate::store::new_uuid();
    let uri = st.str_of(kind, id, "resource_uri");
    machine::begin_action(
        st,
        &post(owner, kind, &format!("{id}/{op}/")),
        &action,
        &uri,
        name,
    );
    action
}

/// Creates an object of `kind` (node cluster, stack or service) as `POST <kind>/` does;
/// returns its uuid.
fn create(st: &mut Store, owner: &str, kind: Kind, fields: Value) -> Result<String, String> {
    let ctx = post(owner, kind, "");
    let create = match kind {
        Kind::NodeCluster => ops::create_cluster,
        Kind::Stack => ops::create_stack,
        _ => ops::create_service,
    };
    let (uuid, _) = create(st, &ctx, &body(fields)).map_err(err)?;
    Ok(uuid)
}

/// Runs an operation to its end, as the seed's history.
fn op(st: &mut Store, owner: &str, kind: Kind, id: &str, name: &str) -> Result<(), String> {
    let path = format!("/api/app/v1/{owner}/{kind}/{id}/{name}/");
    let started =
        ops::perform(st, &ctx(owner, "POST", &path), kind, id, name, true, &[]).map_err(err)?;
    let sim = Sim {
        speed: Speed::Instant,
    };
    let mut ok = true;
    for s in started.steps {
        ok &= runtime::apply_now(&sim, st, s);
    }
    machine::finish_action(st, &started.action, ok);
    Ok(())
}

fn hours_ago(h: i64) {
    set_clock_offset(-h * 3600);
}

fn demo(st: &mut Store, owner: &str) -> Result<(), String> {
    hours_ago(24 * 9);
    let production = json!({
        "name": "production", "node_type": "/api/infra/v1/nodetype/digitalocean/2gb/",
        "region": "/api/infra/v1/region/digitalocean/lon1/", "target_num_nodes": 2,
        "tags": [{"name": "production"}],
    });
    let prod = create(st, owner, Kind::NodeCluster, production)?;
    op(st, owner, Kind::NodeCluster, &prod, "deploy")?;
    hours_ago(24 * 8);
    let staging_aws = json!({
        "name": "staging-aws", "node_type": "/api/infra/v1/nodetype/aws/t2.medium/",
        "region": "/api/infra/v1/region/aws/us-east-1/", "target_num_nodes": 1,
        "tags": [{"name": "staging"}],
        "provider_options": {"vpc": {"id": "vpc-2f1c5c4a", "subnets": ["subnet-91c1a8e7"], "security_groups": ["sg-0f5e1a6b"]}, "iam": {"instance_profile_name": "dockercloud-node"}},
    });
    let aws = create(st, owner, Kind::NodeCluster, staging_aws)?;
    op(st, owner, Kind::NodeCluster, &aws, "deploy")?;
    let batch = json!({
        "name": "batch", "node_type": "/api/infra/v1/nodetype/digitalocean/1gb/",
        "region": "/api/infra/v1/region/digitalocean/nyc3/", "target_num_nodes": 3,
    });
    create(st, owner, Kind::NodeCluster, batch)?;
    let byon = machine::new_node(
        st,
        owner,
        None,
        "/api/infra/v1/nodetype/byon/byon/",
        "/api/infra/v1/region/byon/byon/",
    );
    st.modify(Kind::Node, &byon, |m| {
        m.insert("state".into(), json!("Unreachable"));
        m.insert("docker_version".into(), json!("1.10.3-cs3"));
        m.insert("tags".into(), json!([{"name": "on-premises"}]));
        m.insert("last_seen".into(), json!(crate::store::now()));
    });

    hours_ago(24 * 7);
    let wordpress = json!({"name": "wordpress", "services": [
        {"name": "web", "image": "tutum/wordpress-stackable:latest", "target_num_containers": 2,
         "ports": ["80:80"], "links": ["db:DB"], "tags": ["production"], "restart": "always",
         "environment": {"DB_NAME": "wordpress", "DB_PASS": "s3cr3t"}},
        {"name": "db", "image": "tutum/mysql:5.6", "expose": ["3306"],
         "environment": ["MYSQL_PASS=s3cr3t", "ON_CREATE_DB=wordpress"],
         "volumes": ["/var/lib/mysql"], "tags": ["production"]},
    ]});
    let wp = create(st, owner, Kind::Stack, wordpress)?;
    op(st, owner, Kind::Stack, &wp, "start")?;
    hours_ago(24 * 5);
    let monitoring = json!({"name": "monitoring", "services": [
        {"name": "grafana", "image": "grafana/grafana:2.6.0", "ports": ["3000:3000"],
         "links": ["influxdb"], "environment": {"GF_SECURITY_ADMIN_PASSWORD": "admin"}},
        {"name": "influxdb", "image": "tutum/influxdb:0.10", "expose": ["8086"],
         "environment": {"PRE_CREATE_DB": "metrics"}},
    ]});
    let mon = create(st, owner, Kind::Stack, monitoring)?;
    op(st, owner, Kind::Stack, &mon, "start")?;
    hours_ago(24 * 4);
    op(st, owner, Kind::Stack, &mon, "stop")?;
    hours_ago(24 * 3);
    let api_stack = json!({"name": "api", "services": [
        {"name": "lb", "image": "dockercloud/haproxy:1.2.1", "ports": ["443:443", "80:80"],
         "links": ["app"], "roles": ["global"]},
        {"name": "app", "image": "registry.local/demo/api:2.1.0", "target_num_containers": 3,
         "expose": ["8000"], "links": ["cache:redis"], "command": "gunicorn -w 4 api:app",
         "environment": {"REDIS_URL": "redis://redis:6379/0"}, "tags": ["staging"]},
        {"name": "cache", "image": "redis:3.0", "expose": ["6379"]},
    ]});
    let api = create(st, owner, Kind::Stack, api_stack)?;
    op(st, owner, Kind::Stack, &api, "start")?;
    // One app container stopped by hand: the service and the stack are partly running.
    let app_svc = ops::resolve_service(st, owner, Some(&api), "app")?;
    let app_id = crate::store::uri_id(&app_svc).to_string();
    if let Some(c) = machine::live_containers(st, &app_id).last().cloned() {
        op(st, owner, Kind::Container, &c, "stop")?;
    }
    hours_ago(24 * 2);
    let hello_world = json!({"image": "tutum/hello-world", "name": "hello", "container_ports": [
        {"protocol": "tcp", "inner_port": "80", "outer_port": "8080", "published": true}],
        "container_envvars": [{"key": "GREETING", "value": "Hello from the server"}]});
    let hello = create(st, owner, Kind::Service, hello_world)?;
    op(st, owner, Kind::Service, &hello, "start")?;
    // A redeploy that failed, with its logs.
    hours_ago(30);
    let failed = begin(
        st,
        owner,
        Kind::Service,
        &hello,
        "redeploy",
        "Service Redeploy",
    );
    for line in [
        "Pulling image tutum/hello-world:latest",
        "Error: image pull failed: net/http: TLS handshake timeout",
    ] {
        st.log(&Kind::Action.log_key(&failed), line, "stderr", None);
    }
    machine::finish_action(st, &failed, false);
    hours_ago(20);
    let worker = json!({"image": "tutum/ubuntu:trusty", "name": "worker", "target_num_containers": 2,
        "run_command": "/run.sh --queue default", "autorestart": "ON_FAILURE"});
    create(st, owner, Kind::Service, worker)?;
    let web = ops::resolve_service(st, owner, Some(&wp), "web")?;
    ops::add_trigger(
        st,
        owner,
        crate::store::uri_id(&web),
        "deploy-hook",
        "REDEPLOY",
    );
    ops::add_trigger(st, owner, &app_id, "autoscale", "SCALEUP");
    ops::add_registry(st, owner, "registry-1.docker.io", "Docker Hub", true);
    ops::add_registry(st, owner, "quay.io", "Quay", false);
    for (name, user) in [
        ("registry.local/demo/api", "deploy"),
        ("quay.io/demo/worker", "demo+robot"),
    ] {
        ops::create_repository(
            st,
            owner,
            &body(json!({"name": name, "username": user, "password": "x"})),
        )
        .map_err(err)?;
    }
    // A health check still running on the unreachable node (cancelable).
    hours_ago(1);
    let pending = begin(
        st,
        owner,
        Kind::Node,
        &byon,
        "health-check",
        "Node Health Check",
    );
    st.log(
        &Kind::Action.log_key(&pending),
        "Waiting for the node agent to answer",
        "stdout",
        None,
    );
    volumes(st, owner);
    images(st, owner);
    Ok(())
}

/// Tutum volume groups (one per stateful service) and volumes (one per container of
/// it, on the container's node); the containers' bindings point to their volume.
fn volumes(st: &mut Store, owner: &str) {
    let services: Vec<String> = st
        .visible(Kind::Service, owner)
        .map(|o| o.id.clone())
        .collect();
    for svc in services {
        let Some(obj) = st.object(Kind::Service, &svc) else {
            continue;
        };
        let stateful = obj["bindings"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|b| b["host_path"].is_null() && b["container_path"].is_string());
        if !stateful {
            continue;
        }
        let name = obj["name"].as_str().unwrap_or_default().to_string();
        let service_uri = obj["resource_uri"].clone();
        let containers: Vec<String> = obj["containers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|u| crate::store::uri_id(u).to_string())
            .collect();
        let group = crate::store::new_uuid();
        let group_uri = format!("/api/infra/v1/{owner}/volumegroup/{group}/");
        let mut volume_uris = Vec::new();
        for c in containers {
            let volume = crate::store::new_uuid();
            let uri = format!("/api/infra/v1/{owner}/volume/{volume}/");
            let container_uri = st.str_of(Kind::Container, &c, "resource_uri");
            let node = st.str_of(Kind::Container, &c, "node");
            let object = json!({
                "uuid": volume, "resource_uri": uri, "node": node, "state": "Created",
                "containers": [container_uri], "volume_group": group_uri,
            });
            st.insert(Kind::Volume, Obj::owned(&volume, owner, object));
            st.modify(Kind::Container, &c, |m| {
                for b in m
                    .get_mut("bindings")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if b["host_path"].is_null() {
                        b["volume"] = json!(uri);
                    }
                }
            });
            volume_uris.push(uri);
        }
        let object = json!({
            "uuid": group, "name": name, "resource_uri": group_uri, "state": "Created",
            "services": [service_uri], "volumes": volume_uris,
        });
        st.insert(Kind::VolumeGroup, Obj::owned(&group, owner, object));
    }
}

/// Tutum images of the demo services (`tutum/*`), with their tags and layers;
/// `tutum/hello-world` also has the tag `v1`.
fn images(st: &mut Store, owner: &str) {
    let registry = format!("/api/repo/v1/{owner}/registry/registry-1.docker.io/");
    let mut refs: Vec<String> = st
        .visible(Kind::Service, owner)
        .filter_map(|o| o.object["image_name"].as_str())
        .filter(|i| i.starts_with("tutum/"))
        .map(str::to_string)
        .collect();
    refs.push("tutum/hello-world:v1".into());
    refs.sort();
    refs.dedup();
    for image_ref in refs {
        let (name, tag) = image_ref.split_once(':').unwrap_or((&image_ref, "latest"));
        let uri = format!("/api/repo/v1/{owner}/image/{name}/");
        let tag_uri = format!("{uri}tag/{tag}/");
        if st.object(Kind::Image, name).is_none() {
            let short = name.trim_start_matches("tutum/");
            let object = json!({
                "resource_uri": uri, "name": name, "description": format!("Tutum's {short} image"),
                "icon_url": format!("https://dashboard.tutum.co/static/images/{short}.png"),
                "state": "Success", "star_count": short.len() * 7, "jumpstart": name == "tutum/hello-world",
                "in_use": true, "categories": [{"name": "demo"}], "is_private_image": false, "is_user_image": false,
                "public_url": format!("https://hub.docker.com/r/{name}/"), "registry": registry,
                "last_build_date": crate::store::now(), "build_source": null, "tags": [],
            });
            st.insert(Kind::Image, Obj::owned(name, owner, object));
        }
        st.modify(Kind::Image, name, |m| {
            if let Some(tags) = m.get_mut("tags").and_then(Value::as_array_mut) {
                tags.push(json!(tag_uri));
            }
        });
        let docker_id: String = format!("{:032x}{:032x}", fastrand::u128(..), fastrand::u128(..));
        let tag_obj = json!({
            "resource_uri": tag_uri, "name": tag, "full_name": format!("{name}:{tag}"), "image": uri,
            "layer": {
                "author": "Tutum", "creation": crate::store::now(), "docker_id": docker_id,
                "entrypoint": "", "run_command": "/run.sh", "envvars": [{"key": "PATH", "value": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}],
                "labels": [], "ports": [{"port": 80, "protocol": "tcp"}], "volumes": [],
                "resource_uri": format!("/api/v1/layer/{docker_id}/"),
            },
        });
        st.insert(
            Kind::ImageTag,
            Obj {
                id: format!("{name}:{tag}"),
                namespace: Some(owner.to_string()),
                parent: Some(name.to_string()),
                object: tag_obj,
            },
        );
    }
}

fn scale(st: &mut Store, owner: &str, n: usize) -> Result<(), String> {
    hours_ago(48);
    let nodes = n.div_ceil(100).clamp(1, 100);
    let (cluster, _) = ops::create_cluster(
        st,
        &ctx(owner, "POST", "/api/infra/v1/nodecluster/"),
        &body(json!({
            "name": "bench", "node_type": "/api/infra/v1/nodetype/aws/m4.large/",
            "region": "/api/infra/v1/region/aws/us-east-1/", "target_num_nodes": nodes,
        })),
    )
    .map_err(err)?;
    op(st, owner, Kind::NodeCluster, &cluster, "deploy")?;
    let c = ctx(owner, "POST", "/api/app/v1/service/");
    st.mute_logs = true;
    for i in 1..=n {
        let (svc, _) = ops::seed_service(
            st,
            &c,
            &body(
                json!({"image": "tutum/hello-world", "name": format!("svc-{i:05}"),
                "container_ports": [{"protocol": "tcp", "inner_port": 80}]}),
            ),
        )
        .map_err(err)?;
        op(st, owner, Kind::Service, &svc, "start")?;
    }
    st.mute_logs = false;
    Ok(())
}
