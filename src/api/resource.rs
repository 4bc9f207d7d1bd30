//! The resource table: where each API resource lives and how its identifiers resolve.
//!
//! Every command group goes through these descriptions; adding a resource (or another API
//! dialect) means adding a row here and teaching `Client` the path scheme, not touching
//! commands.

use crate::cell::{self, Cell};
use crate::key::Key;
use crate::output::Column;

/// One REST resource of the Docker Cloud API.
#[derive(Debug)]
pub struct Resource {
    /// Endpoint name in paths (`service`); also the object type in action URIs.
    pub endpoint: &'static str,
    /// API subsystem (`app`, `infra`, `repo`, `audit`).
    pub subsystem: &'static str,
    /// Whether the namespace segment is inserted into collection and object paths.
    pub namespaced: bool,
    /// How messages name it (`service`, `node cluster`).
    pub label: &'static str,
    /// The article for `label` in messages (`a` or `an`).
    pub article: &'static str,
    /// What identifies its objects.
    pub key: Key,
    /// Table columns of the list command: each column's header and layout, and the cell it
    /// shows of an object.
    pub columns: &'static [(Column, Cell)],
    /// The field the list command prints for each object with `-q`.
    pub quiet: &'static str,
    /// Endpoint name in Tutum paths (`/api/v1/<tutum>/`).
    pub tutum: &'static str,
    /// Whether the Docker Cloud API has it (`false` for the Tutum-only resources).
    pub docker_cloud: bool,
}

impl Resource {
    /// A resource of the Docker Cloud API in `subsystem`, under the namespace, identified
    /// by `key`, that messages and Tutum paths name as its `endpoint` (`a service`); `-q`
    /// prints uuids, and the list command shows no columns until given some.
    const fn new(subsystem: &'static str, endpoint: &'static str, key: Key) -> Resource {
        Resource {
            endpoint,
            subsystem,
            namespaced: true,
            label: endpoint,
            article: "a",
            key,
            columns: &[],
            quiet: "uuid",
            tutum: endpoint,
            docker_cloud: true,
        }
    }

    /// A read-only catalogue of the infra subsystem (providers, regions), outside the
    /// namespace, of named objects: `-q` prints names.
    const fn catalog(endpoint: &'static str) -> Resource {
        Resource {
            namespaced: false,
            quiet: "name",
            ..Resource::new("infra", endpoint, Key::Name)
        }
    }

    /// A resource only the Tutum API has, outside the namespace.
    const fn tutum_only(subsystem: &'static str, endpoint: &'static str, key: Key) -> Resource {
        Resource {
            namespaced: false,
            docker_cloud: false,
            ..Resource::new(subsystem, endpoint, key)
        }
    }
}

/// The columns several list tables share.
const NAME: (Column, Cell) = (Column::id("NAME"), Cell::Text("name"));
const UUID: (Column, Cell) = (Column::id("UUID"), Cell::Uuid("uuid"));
const STATUS: (Column, Cell) = (Column::id("STATUS"), Cell::State("state"));
const STATE: (Column, Cell) = (Column::id("STATE"), Cell::Text("state"));
const DEPLOYED: (Column, Cell) = (Column::text("DEPLOYED"), Cell::Date("deployed_datetime"));
const IMAGE_NAME: (Column, Cell) = (Column::text("IMAGE"), Cell::Text("image_name"));
const LABEL: (Column, Cell) = (Column::text("LABEL"), Cell::Text("label"));
// A node's resource URI ends with its uuid: no node lookup is needed.
const NODE_UUID: (Column, Cell) = (Column::id("NODE"), Cell::UriUuid("node"));
/// The PROVIDER column of regions and node types: the provider segment of their URI.
const PROVIDER_OF_URI: (Column, Cell) = (
    Column::text("PROVIDER"),
    Cell::Computed(&["resource_uri"], |object| {
        cell::provider_of(object).to_string()
    }),
);

/// Services: `/api/app/v1/[ns/]service/`.
pub const SERVICE: Resource = Resource {
    columns: &[
        NAME,
        UUID,
        (
            Column::id("STATUS"),
            Cell::Computed(&["state", "synchronized"], cell::service_status),
        ),
        (
            Column::number("#CONTAINERS"),
            Cell::Number("current_num_containers"),
        ),
        IMAGE_NAME,
        DEPLOYED,
        (Column::free("PUBLIC DNS"), Cell::Text("public_dns")),
        (Column::text("STACK"), Cell::Lookup("stack")),
    ],
    ..Resource::new("app", "service", Key::NameStack("stack__name"))
};

/// Stacks: `/api/app/v1/[ns/]stack/`.
pub const STACK: Resource = Resource {
    columns: &[
        NAME,
        UUID,
        STATUS,
        DEPLOYED,
        (Column::text("DESTROYED"), Cell::Date("destroyed_datetime")),
    ],
    ..Resource::new("app", "stack", Key::Name)
};

/// Containers: `/api/app/v1/[ns/]container/`.
pub const CONTAINER: Resource = Resource {
    columns: &[
        NAME,
        UUID,
        STATUS,
        IMAGE_NAME,
        (Column::free("RUN COMMAND"), Cell::Text("run_command")),
        (Column::number("EXIT CODE"), Cell::Number("exit_code")),
        DEPLOYED,
        (
            Column::free("PORTS"),
            Cell::Computed(&["container_ports", "public_dns"], cell::ports),
        ),
        NODE_UUID,
        (Column::text("STACK"), Cell::Lookup("service")),
    ],
    ..Resource::new("app", "container", Key::NameStack("service__stack__name"))
};

/// Actions: `/api/audit/v1/action/` (never namespaced; identified by uuid or uuid prefix).
pub const ACTION: Resource = Resource {
    namespaced: false,
    article: "an",
    columns: &[
        UUID,
        (Column::text("ACTION"), Cell::Text("action")),
        (Column::text("START"), Cell::Date("start_date")),
        (Column::text("END"), Cell::Date("end_date")),
        (
            Column::free("TARGET"),
            Cell::Computed(&["object"], cell::action_target),
        ),
        (Column::id("IP"), Cell::Text("ip")),
        (Column::free("LOCATION"), Cell::Text("location")),
    ],
    ..Resource::new("audit", "action", Key::Uuid)
};

/// The container states `container ps --status` accepts.
pub const CONTAINER_STATES: &[&str] = &[
    "Init",
    "Stopped",
    "Starting",
    "Running",
    "Stopping",
    "Terminating",
    "Terminated",
];

/// The states a service has and a container has not.
const SERVICE_ONLY_STATES: &[&str] = &["Scaling", "Partly running", "Not running", "Redeploying"];

/// The service states `service ps --status` accepts: a container's, then its own.
pub fn service_states() -> Vec<&'static str> {
    [CONTAINER_STATES, SERVICE_ONLY_STATES].concat()
}

/// Candidates an ambiguity error names.
pub const AMBIGUOUS_SHOWN: usize = 5;

impl Resource {
    /// `Cannot find a service with the identifier 'x'`.
    pub fn not_found(&self, id: &str) -> String {
        format!(
            "Cannot find {} {} with the identifier '{id}'",
            self.article, self.label
        )
    }

    /// `More than one service matches 'web': web (1a2b3c4d), web (5e6f7a8b); use
    /// NAME.STACK or a longer uuid`, naming the first few `candidates` (see [`ambiguous`]).
    pub fn ambiguous(&self, id: &str, candidates: &[serde_json::Value]) -> String {
        ambiguous(
            self.label,
            id,
            candidates,
            self.key.stack_filter().is_some(),
        )
    }
}

/// The error for an identifier `id` that several `label`s match: the first few
/// `candidates` by name and short uuid, and how to name one (`NAME.STACK` when `by_stack`).
pub fn ambiguous(
    label: &str,
    id: &str,
    candidates: &[serde_json::Value],
    by_stack: bool,
) -> String {
    let text = |object: &serde_json::Value, key: &str| {
        object
            .get(key)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mut named: Vec<String> = candidates
        .iter()
        .take(AMBIGUOUS_SHOWN)
        .map(|object| {
            let uuid: String = text(object, "uuid").chars().take(8).collect();
            match text(object, "name") {
                name if name.is_empty() => uuid,
                name => format!("{name} ({uuid})"),
            }
        })
        .collect();
    if candidates.len() > AMBIGUOUS_SHOWN {
        named.push("...".to_string());
    }
    let hint = if by_stack {
        "use NAME.STACK or a longer uuid"
    } else {
        "use a longer uuid"
    };
    format!(
        "More than one {} matches '{id}': {}; {hint}",
        label,
        named.join(", ")
    )
}

/// Nodes: `/api/infra/v1/[ns/]node/`; identified by uuid or uuid prefix only.
pub const NODE: Resource = Resource {
    columns: &[
        UUID,
        (Column::free("FQDN"), Cell::Text("external_fqdn")),
        (Column::text("LASTSEEN"), Cell::Date("last_seen")),
        STATUS,
        (Column::id("CLUSTER"), Cell::Lookup("node_cluster")),
        (Column::text("DOCKER_VER"), Cell::Text("docker_version")),
    ],
    ..Resource::new("infra", "node", Key::Uuid)
};

/// Node clusters: `/api/infra/v1/[ns/]nodecluster/`.
pub const NODECLUSTER: Resource = Resource {
    label: "node cluster",
    columns: &[
        NAME,
        UUID,
        (Column::text("REGION"), Cell::Lookup("region")),
        (Column::text("TYPE"), Cell::Lookup("node_type")),
        DEPLOYED,
        (Column::id("STATUS"), Cell::Text("state")),
        (
            Column::number("CURRENT#NODES"),
            Cell::Number("current_num_nodes"),
        ),
        (
            Column::number("TARGET#NODES"),
            Cell::Number("target_num_nodes"),
        ),
    ],
    ..Resource::new("infra", "nodecluster", Key::Name)
};

/// Providers: `/api/infra/v1/provider/` (read-only).
pub const PROVIDER: Resource = Resource {
    columns: &[NAME, LABEL],
    ..Resource::catalog("provider")
};

/// Regions: `/api/infra/v1/region/` (read-only).
pub const REGION: Resource = Resource {
    columns: &[NAME, LABEL, PROVIDER_OF_URI],
    ..Resource::catalog("region")
};

/// Node types: `/api/infra/v1/nodetype/` (read-only).
pub const NODETYPE: Resource = Resource {
    label: "node type",
    columns: &[
        NAME,
        LABEL,
        PROVIDER_OF_URI,
        (
            Column::free("REGIONS"),
            Cell::Computed(&["regions"], |nodetype| {
                cell::regions_of(nodetype).join(", ")
            }),
        ),
    ],
    ..Resource::catalog("nodetype")
};

/// Availability zones: `/api/infra/v1/az/` (read-only).
pub const AZ: Resource = Resource {
    label: "availability zone",
    article: "an",
    columns: &[
        NAME,
        (
            Column::text("AVAILABLE"),
            Cell::Flag("available", "Yes", "No"),
        ),
        (Column::free("RESOURCE URI"), Cell::Text("resource_uri")),
    ],
    ..Resource::catalog("az")
};

/// Tokens for bringing your own node: `/api/infra/v1/[ns/]token/` (create only).
pub const TOKEN: Resource = Resource::new("infra", "token", Key::Uuid);

/// Third-party repositories: `/api/repo/v1/[ns/]repository/<full name>/`; addressed by
/// name only. Tutum calls them images: `/api/v1/image/<full name>/`.
pub const REPOSITORY: Resource = Resource {
    columns: &[
        NAME,
        (Column::text("IN_USE"), Cell::Flag("in_use", "yes", "no")),
    ],
    quiet: "name",
    tutum: "image",
    ..Resource::new("repo", "repository", Key::Repository)
};

/// Tutum images: `/api/v1/image/<full name>/` (Tutum only; addressed by name).
pub const IMAGE: Resource = Resource {
    article: "an",
    columns: &[
        NAME,
        (Column::free("DESCRIPTION"), Cell::Text("description")),
        STATE,
        (Column::text("PRIVATE"), Cell::YesNo("is_private_image")),
        (Column::text("IN_USE"), Cell::YesNo("in_use")),
    ],
    quiet: "name",
    ..Resource::tutum_only("repo", "image", Key::Repository)
};

/// Tutum image tags: `/api/v1/image/<name>/tag/<tag>/` (Tutum only).
pub const IMAGETAG: Resource = Resource {
    label: "image tag",
    article: "an",
    columns: &[
        (Column::id("FULL NAME"), Cell::Text("full_name")),
        (Column::id("TAG"), Cell::Text("name")),
        (
            Column::text("CREATED"),
            Cell::Computed(&["layer"], cell::layer_created),
        ),
        (
            Column::id("DOCKER ID"),
            Cell::Computed(&["layer"], cell::layer_docker_id),
        ),
    ],
    quiet: "full_name",
    tutum: "image",
    ..Resource::tutum_only("repo", "tag", Key::ImageTag)
};

/// Tutum volumes: `/api/v1/volume/<uuid>/` (Tutum only; identified by uuid or prefix).
pub const VOLUME: Resource = Resource {
    columns: &[
        UUID,
        STATE,
        NODE_UUID,
        (Column::number("#CONTAINERS"), Cell::Count("containers")),
        (Column::text("VOLUME GROUP"), Cell::UriUuid("volume_group")),
    ],
    ..Resource::tutum_only("infra", "volume", Key::Uuid)
};

/// Tutum volume groups: `/api/v1/volumegroup/<uuid>/` (Tutum only).
pub const VOLUMEGROUP: Resource = Resource {
    label: "volume group",
    columns: &[
        NAME,
        UUID,
        STATE,
        (Column::number("#SERVICES"), Cell::Count("services")),
        (Column::number("#VOLUMES"), Cell::Count("volumes")),
    ],
    ..Resource::tutum_only("infra", "volumegroup", Key::Name)
};
