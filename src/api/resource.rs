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

/// Services: `/api/app/v1/[ns/]service/`.
pub const SERVICE: Resource = Resource {
    endpoint: "service",
    subsystem: "app",
    namespaced: true,
    label: "service",
    article: "a",
    key: Key::NameStack("stack__name"),
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (
            Column::id("STATUS"),
            Cell::Computed(&["state", "synchronized"], cell::service_status),
        ),
        (
            Column::number("#CONTAINERS"),
            Cell::Number("current_num_containers"),
        ),
        (Column::text("IMAGE"), Cell::Text("image_name")),
        (Column::text("DEPLOYED"), Cell::Date("deployed_datetime")),
        (Column::free("PUBLIC DNS"), Cell::Text("public_dns")),
        (Column::text("STACK"), Cell::Lookup("stack")),
    ],
    quiet: "uuid",
    tutum: "service",
    docker_cloud: true,
};

/// Stacks: `/api/app/v1/[ns/]stack/`.
pub const STACK: Resource = Resource {
    endpoint: "stack",
    subsystem: "app",
    namespaced: true,
    label: "stack",
    article: "a",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (Column::id("STATUS"), Cell::State("state")),
        (Column::text("DEPLOYED"), Cell::Date("deployed_datetime")),
        (Column::text("DESTROYED"), Cell::Date("destroyed_datetime")),
    ],
    quiet: "uuid",
    tutum: "stack",
    docker_cloud: true,
};

/// Containers: `/api/app/v1/[ns/]container/`.
pub const CONTAINER: Resource = Resource {
    endpoint: "container",
    subsystem: "app",
    namespaced: true,
    label: "container",
    article: "a",
    key: Key::NameStack("service__stack__name"),
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (Column::id("STATUS"), Cell::State("state")),
        (Column::text("IMAGE"), Cell::Text("image_name")),
        (Column::free("RUN COMMAND"), Cell::Text("run_command")),
        (Column::number("EXIT CODE"), Cell::Number("exit_code")),
        (Column::text("DEPLOYED"), Cell::Date("deployed_datetime")),
        (
            Column::free("PORTS"),
            Cell::Computed(&["container_ports", "public_dns"], cell::ports),
        ),
        // A node's resource URI ends with its uuid: no node lookup is needed.
        (Column::id("NODE"), Cell::UriUuid("node")),
        (Column::text("STACK"), Cell::Lookup("service")),
    ],
    quiet: "uuid",
    tutum: "container",
    docker_cloud: true,
};

/// Actions: `/api/audit/v1/action/` (never namespaced; identified by uuid or uuid prefix).
pub const ACTION: Resource = Resource {
    endpoint: "action",
    subsystem: "audit",
    namespaced: false,
    label: "action",
    article: "an",
    key: Key::Uuid,
    columns: &[
        (Column::id("UUID"), Cell::Uuid("uuid")),
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
    quiet: "uuid",
    tutum: "action",
    docker_cloud: true,
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

/// The service states `service ps --status` accepts.
pub const SERVICE_STATES: &[&str] = &[
    "Init",
    "Stopped",
    "Starting",
    "Running",
    "Stopping",
    "Terminating",
    "Terminated",
    "Scaling",
    "Partly running",
    "Not running",
    "Redeploying",
];

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
    endpoint: "node",
    subsystem: "infra",
    namespaced: true,
    label: "node",
    article: "a",
    key: Key::Uuid,
    columns: &[
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (Column::free("FQDN"), Cell::Text("external_fqdn")),
        (Column::text("LASTSEEN"), Cell::Date("last_seen")),
        (Column::id("STATUS"), Cell::State("state")),
        (Column::id("CLUSTER"), Cell::Lookup("node_cluster")),
        (Column::text("DOCKER_VER"), Cell::Text("docker_version")),
    ],
    quiet: "uuid",
    tutum: "node",
    docker_cloud: true,
};

/// Node clusters: `/api/infra/v1/[ns/]nodecluster/`.
pub const NODECLUSTER: Resource = Resource {
    endpoint: "nodecluster",
    subsystem: "infra",
    namespaced: true,
    label: "node cluster",
    article: "a",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (Column::text("REGION"), Cell::Lookup("region")),
        (Column::text("TYPE"), Cell::Lookup("node_type")),
        (Column::text("DEPLOYED"), Cell::Date("deployed_datetime")),
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
    quiet: "uuid",
    tutum: "nodecluster",
    docker_cloud: true,
};

/// Providers: `/api/infra/v1/provider/` (read-only).
pub const PROVIDER: Resource = Resource {
    endpoint: "provider",
    subsystem: "infra",
    namespaced: false,
    label: "provider",
    article: "a",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::text("LABEL"), Cell::Text("label")),
    ],
    quiet: "name",
    tutum: "provider",
    docker_cloud: true,
};

/// The PROVIDER cell of regions and node types: the provider segment of their URI.
const PROVIDER_CELL: Cell = Cell::Computed(&["resource_uri"], |object| {
    cell::provider_of(object).to_string()
});

/// Regions: `/api/infra/v1/region/` (read-only).
pub const REGION: Resource = Resource {
    endpoint: "region",
    subsystem: "infra",
    namespaced: false,
    label: "region",
    article: "a",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::text("LABEL"), Cell::Text("label")),
        (Column::text("PROVIDER"), PROVIDER_CELL),
    ],
    quiet: "name",
    tutum: "region",
    docker_cloud: true,
};

/// Node types: `/api/infra/v1/nodetype/` (read-only).
pub const NODETYPE: Resource = Resource {
    endpoint: "nodetype",
    subsystem: "infra",
    namespaced: false,
    label: "node type",
    article: "a",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::text("LABEL"), Cell::Text("label")),
        (Column::text("PROVIDER"), PROVIDER_CELL),
        (
            Column::free("REGIONS"),
            Cell::Computed(&["regions"], |nodetype| {
                cell::regions_of(nodetype).join(", ")
            }),
        ),
    ],
    quiet: "name",
    tutum: "nodetype",
    docker_cloud: true,
};

/// Availability zones: `/api/infra/v1/az/` (read-only).
pub const AZ: Resource = Resource {
    endpoint: "az",
    subsystem: "infra",
    namespaced: false,
    label: "availability zone",
    article: "an",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (
            Column::text("AVAILABLE"),
            Cell::Flag("available", "Yes", "No"),
        ),
        (Column::free("RESOURCE URI"), Cell::Text("resource_uri")),
    ],
    quiet: "name",
    tutum: "az",
    docker_cloud: true,
};

/// Tokens for bringing your own node: `/api/infra/v1/[ns/]token/` (create only).
pub const TOKEN: Resource = Resource {
    endpoint: "token",
    subsystem: "infra",
    namespaced: true,
    label: "token",
    article: "a",
    key: Key::Uuid,
    columns: &[],
    quiet: "uuid",
    tutum: "token",
    docker_cloud: true,
};

/// Third-party repositories: `/api/repo/v1/[ns/]repository/<full name>/`; addressed by
/// name only. Tutum calls them images: `/api/v1/image/<full name>/`.
pub const REPOSITORY: Resource = Resource {
    endpoint: "repository",
    subsystem: "repo",
    namespaced: true,
    label: "repository",
    article: "a",
    key: Key::Repository,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::text("IN_USE"), Cell::Flag("in_use", "yes", "no")),
    ],
    quiet: "name",
    tutum: "image",
    docker_cloud: true,
};

/// Tutum images: `/api/v1/image/<full name>/` (Tutum only; addressed by name).
pub const IMAGE: Resource = Resource {
    endpoint: "image",
    subsystem: "repo",
    namespaced: false,
    label: "image",
    article: "an",
    key: Key::Repository,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::free("DESCRIPTION"), Cell::Text("description")),
        (Column::id("STATE"), Cell::Text("state")),
        (Column::text("PRIVATE"), Cell::YesNo("is_private_image")),
        (Column::text("IN_USE"), Cell::YesNo("in_use")),
    ],
    quiet: "name",
    tutum: "image",
    docker_cloud: false,
};

/// Tutum image tags: `/api/v1/image/<name>/tag/<tag>/` (Tutum only).
pub const IMAGETAG: Resource = Resource {
    endpoint: "tag",
    subsystem: "repo",
    namespaced: false,
    label: "image tag",
    article: "an",
    key: Key::ImageTag,
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
    docker_cloud: false,
};

/// Tutum volumes: `/api/v1/volume/<uuid>/` (Tutum only; identified by uuid or prefix).
pub const VOLUME: Resource = Resource {
    endpoint: "volume",
    subsystem: "infra",
    namespaced: false,
    label: "volume",
    article: "a",
    key: Key::Uuid,
    columns: &[
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (Column::id("STATE"), Cell::Text("state")),
        (Column::id("NODE"), Cell::UriUuid("node")),
        (Column::number("#CONTAINERS"), Cell::Count("containers")),
        (Column::text("VOLUME GROUP"), Cell::UriUuid("volume_group")),
    ],
    quiet: "uuid",
    tutum: "volume",
    docker_cloud: false,
};

/// Tutum volume groups: `/api/v1/volumegroup/<uuid>/` (Tutum only).
pub const VOLUMEGROUP: Resource = Resource {
    endpoint: "volumegroup",
    subsystem: "infra",
    namespaced: false,
    label: "volume group",
    article: "a",
    key: Key::Name,
    columns: &[
        (Column::id("NAME"), Cell::Text("name")),
        (Column::id("UUID"), Cell::Uuid("uuid")),
        (Column::id("STATE"), Cell::Text("state")),
        (Column::number("#SERVICES"), Cell::Count("services")),
        (Column::number("#VOLUMES"), Cell::Count("volumes")),
    ],
    quiet: "uuid",
    tutum: "volumegroup",
    docker_cloud: false,
};
