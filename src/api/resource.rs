//! The resource table: where each API resource lives and how its identifiers resolve.
//!
//! Every command group goes through these descriptions; adding a resource (or another API
//! dialect) means adding a row here and teaching `Client` the path scheme, not touching
//! commands.

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
    /// Whether identifiers that are not uuid prefixes are looked up by `name`.
    pub by_name: bool,
    /// The list filter holding the stack name in `name.stack` identifiers, if supported.
    pub stack_filter: Option<&'static str>,
    /// Table columns of the list command: header and whether the column is numeric.
    pub columns: &'static [Column],
}

/// Services: `/api/app/v1/[ns/]service/`.
pub const SERVICE: Resource = Resource {
    endpoint: "service",
    subsystem: "app",
    namespaced: true,
    label: "service",
    article: "a",
    by_name: true,
    stack_filter: Some("stack__name"),
    columns: &[
        Column {
            header: "NAME",
            numeric: false,
        },
        Column {
            header: "UUID",
            numeric: false,
        },
        Column {
            header: "STATUS",
            numeric: false,
        },
        Column {
            header: "#CONTAINERS",
            numeric: true,
        },
        Column {
            header: "IMAGE",
            numeric: false,
        },
        Column {
            header: "DEPLOYED",
            numeric: false,
        },
        Column {
            header: "PUBLIC DNS",
            numeric: false,
        },
        Column {
            header: "STACK",
            numeric: false,
        },
    ],
};

/// Stacks: `/api/app/v1/[ns/]stack/`.
pub const STACK: Resource = Resource {
    endpoint: "stack",
    subsystem: "app",
    namespaced: true,
    label: "stack",
    article: "a",
    by_name: true,
    stack_filter: None,
    columns: &[
        Column {
            header: "NAME",
            numeric: false,
        },
        Column {
            header: "UUID",
            numeric: false,
        },
        Column {
            header: "STATUS",
            numeric: false,
        },
        Column {
            header: "DEPLOYED",
            numeric: false,
        },
        Column {
            header: "DESTROYED",
            numeric: false,
        },
    ],
};

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

impl Resource {
    /// `Cannot find a service with the identifier 'x'`.
    pub fn not_found(&self, id: &str) -> String {
        format!(
            "Cannot find {} {} with the identifier '{id}'",
            self.article, self.label
        )
    }

    /// `More than one service has the same identifier, please use the long uuid`.
    pub fn ambiguous(&self) -> String {
        format!(
            "More than one {} has the same identifier, please use the long uuid",
            self.label
        )
    }
}
