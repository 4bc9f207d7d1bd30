//! Table cells: what a list command's column shows of each object. The resource table
//! (`api::resource`) declares one [`Cell`] beside each column header; the list command reads
//! only the fields its cells name ([`Cell::fields`]) and renders them with [`Cell::show`].

use serde_json::Value;

use crate::error::Result;
use crate::fields::{last_segment, text};
use crate::output;

/// What a column shows of an object, and the fields it reads.
#[derive(Debug, Clone, Copy)]
pub enum Cell {
    /// A text field as sent (empty when missing or not text).
    Text(&'static str),
    /// A state field with its symbol in front (`▶ Running`).
    State(&'static str),
    /// A uuid field, short (see [`output::short_uuid`]).
    Uuid(&'static str),
    /// The short uuid that ends a URI field (`/api/infra/v1/node/<uuid>/`).
    UriUuid(&'static str),
    /// A date field relative to now (`3 hours ago`; see [`output::humanize`]).
    Date(&'static str),
    /// A number field (empty when missing or not a number).
    Number(&'static str),
    /// The number of items of a list field (`0` when missing).
    Count(&'static str),
    /// A boolean field: the first text when it is `true`, the second otherwise.
    Flag(&'static str, &'static str, &'static str),
    /// A boolean field as `yes` or `no` (empty when missing or not a boolean).
    YesNo(&'static str),
    /// The name the list command looks up for the field's value (a stack name by URI);
    /// empty when the field is.
    Lookup(&'static str),
    /// What a function makes of the object, which reads only these fields.
    Computed(&'static [&'static str], fn(&Value) -> String),
}

impl Cell {
    /// The fields of the object the cell reads.
    pub fn fields(&self) -> &[&'static str] {
        match self {
            Cell::Text(field)
            | Cell::State(field)
            | Cell::Uuid(field)
            | Cell::UriUuid(field)
            | Cell::Date(field)
            | Cell::Number(field)
            | Cell::Count(field)
            | Cell::Flag(field, _, _)
            | Cell::YesNo(field)
            | Cell::Lookup(field) => std::slice::from_ref(field),
            Cell::Computed(fields, _) => fields,
        }
    }

    /// The cell's text for `object`; a [`Cell::Lookup`] asks `names` for the name that the
    /// value of its field stands for.
    pub fn show(
        &self,
        object: &Value,
        names: &mut dyn FnMut(&'static str, &str) -> Result<String>,
    ) -> Result<String> {
        Ok(match *self {
            Cell::Text(field) => text(object, field).to_string(),
            Cell::State(field) => output::state(text(object, field)),
            Cell::Uuid(field) => output::short_uuid(text(object, field)).to_string(),
            Cell::UriUuid(field) => {
                output::short_uuid(last_segment(text(object, field))).to_string()
            }
            Cell::Date(field) => output::humanize(object.get(field).and_then(Value::as_str)),
            Cell::Number(field) => match object.get(field) {
                Some(Value::Number(number)) => number.to_string(),
                _ => String::new(),
            },
            Cell::Count(field) => object
                .get(field)
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
                .to_string(),
            Cell::Flag(field, yes, no) => match object.get(field) {
                Some(Value::Bool(true)) => yes.to_string(),
                _ => no.to_string(),
            },
            Cell::YesNo(field) => match object.get(field).and_then(Value::as_bool) {
                Some(true) => "yes".to_string(),
                Some(false) => "no".to_string(),
                None => String::new(),
            },
            Cell::Lookup(field) => match text(object, field) {
                "" => String::new(),
                value => names(field, value)?,
            },
            Cell::Computed(_, show) => show(object),
        })
    }
}

/// Whether a service runs an outdated configuration (it is not being redeployed and the
/// server says it is not synchronized).
pub fn needs_redeploy(service: &Value) -> bool {
    service.get("synchronized") == Some(&Value::Bool(false))
        && text(service, "state") != "Redeploying"
}

/// A service's state with its symbol, and `(*)` when it [`needs_redeploy`].
pub fn service_status(service: &Value) -> String {
    let mut status = output::state(text(service, "state"));
    if needs_redeploy(service) {
        status.push_str("(*)");
    }
    status
}

/// A container's ports: `public_dns:outer->inner/protocol` (or `inner/protocol` when not
/// published), joined by `, `.
pub fn ports(container: &Value) -> String {
    let dns = text(container, "public_dns");
    let ports = container.get("container_ports").and_then(Value::as_array);
    ports
        .into_iter()
        .flatten()
        .map(|port| {
            let inner = port
                .get("inner_port")
                .map(Value::to_string)
                .unwrap_or_default();
            let protocol = text(port, "protocol");
            match port.get("outer_port") {
                Some(outer @ Value::Number(_)) => format!("{dns}:{outer}->{inner}/{protocol}"),
                _ => format!("{inner}/{protocol}"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What an action acted on: its object URI after the first three segments, so that the
/// namespace stays (`/api/app/v1/[ns/]service/<uuid>/` -> `[ns/]service/<uuid>`).
pub fn action_target(action: &Value) -> String {
    let object = text(action, "object").trim_matches('/');
    object.splitn(4, '/').nth(3).unwrap_or_default().to_string()
}

/// The provider a region or node type belongs to: the segment before its name in its URI.
pub fn provider_of(object: &Value) -> &str {
    let uri = text(object, "resource_uri").trim_end_matches('/');
    uri.rsplit('/').nth(1).unwrap_or("")
}

/// The names of the regions a node type is available in.
pub fn regions_of(nodetype: &Value) -> Vec<&str> {
    nodetype
        .get("regions")
        .and_then(Value::as_array)
        .map(|uris| {
            uris.iter()
                .filter_map(Value::as_str)
                .map(last_segment)
                .collect()
        })
        .unwrap_or_default()
}

/// When an image tag's layer was created, relative to now.
pub fn layer_created(tag: &Value) -> String {
    output::humanize(tag.pointer("/layer/creation").and_then(Value::as_str))
}

/// The short (12 characters) Docker id of an image tag's layer.
pub fn layer_docker_id(tag: &Value) -> String {
    let id = tag
        .get("layer")
        .map_or("", |layer| text(layer, "docker_id"));
    id.chars().take(12).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// `cell` of `object`, where a lookup names `field=value`.
    fn show(cell: Cell, object: &Value) -> String {
        cell.show(object, &mut |field, value| Ok(format!("{field}={value}")))
            .unwrap()
    }

    #[test]
    fn fields_render_by_kind() {
        let object = json!({
            "name": "web",
            "state": "Running",
            "uuid": "0b0e3538-88df-4f07-9aed-3a3cc4175076",
            "node": "/api/infra/v1/node/7d3e5b2a-1111-4f07-9aed-3a3cc4175076/",
            "deployed": "not a date",
            "count": 3,
            "code": "3",
            "items": [1, 2],
            "on": true,
            "off": false,
            "stack": "/api/app/v1/stack/s/",
        });
        let cases = [
            (Cell::Text("name"), "web"),
            (Cell::Text("count"), ""),
            (Cell::Text("missing"), ""),
            (Cell::State("state"), "▶ Running"),
            (Cell::Uuid("uuid"), "0b0e3538"),
            (Cell::UriUuid("node"), "7d3e5b2a"),
            (Cell::UriUuid("missing"), ""),
            (Cell::Date("deployed"), "not a date"),
            (Cell::Date("missing"), ""),
            (Cell::Number("count"), "3"),
            (Cell::Number("code"), ""),
            (Cell::Count("items"), "2"),
            (Cell::Count("missing"), "0"),
            (Cell::Flag("on", "Yes", "No"), "Yes"),
            (Cell::Flag("off", "Yes", "No"), "No"),
            (Cell::Flag("missing", "yes", "no"), "no"),
            (Cell::YesNo("on"), "yes"),
            (Cell::YesNo("off"), "no"),
            (Cell::YesNo("missing"), ""),
            (Cell::Lookup("stack"), "stack=/api/app/v1/stack/s/"),
            (Cell::Lookup("missing"), ""),
        ];
        for (cell, expected) in cases {
            assert_eq!(show(cell, &object), expected, "{cell:?}");
        }
        let upper = Cell::Computed(&["name"], |o| text(o, "name").to_uppercase());
        assert_eq!(show(upper, &object), "WEB");
    }

    #[test]
    fn dates_are_relative() {
        let old = json!({ "at": "Mon, 13 Oct 2014 11:01:43 +0000" });
        assert!(show(Cell::Date("at"), &old).ends_with(" years ago"));
    }

    #[test]
    fn cells_name_the_fields_they_read() {
        assert_eq!(Cell::Flag("in_use", "yes", "no").fields(), ["in_use"]);
        let ports = Cell::Computed(&["container_ports", "public_dns"], ports);
        assert_eq!(ports.fields(), ["container_ports", "public_dns"]);
    }

    #[test]
    fn a_lookup_failure_is_the_cell_error() {
        let object = json!({ "stack": "/s/" });
        let failed = Cell::Lookup("stack").show(&object, &mut |_, _| {
            Err(crate::error::Error::failure("no stacks"))
        });
        assert_eq!(failed.unwrap_err().message, "no stacks");
    }

    #[test]
    fn service_status_marks_outdated_services() {
        let outdated = json!({ "state": "Running", "synchronized": false });
        assert_eq!(service_status(&outdated), "▶ Running(*)");
        let redeploying = json!({ "state": "Redeploying", "synchronized": false });
        assert_eq!(service_status(&redeploying), "⚙ Redeploying");
        assert!(!needs_redeploy(&json!({ "state": "Running" })));
    }

    #[test]
    fn container_ports() {
        let container = json!({
            "public_dns": "web.example",
            "container_ports": [
                { "inner_port": 80, "outer_port": 32768, "protocol": "tcp" },
                { "inner_port": 53, "outer_port": null, "protocol": "udp" },
            ],
        });
        assert_eq!(ports(&container), "web.example:32768->80/tcp, 53/udp");
        assert_eq!(ports(&json!({})), "");
    }

    #[test]
    fn uris_give_targets_providers_and_regions() {
        let action = json!({ "object": "/api/app/v1/team/service/0b0e3538/" });
        assert_eq!(action_target(&action), "team/service/0b0e3538");
        assert_eq!(action_target(&json!({})), "");
        let nodetype = json!({
            "resource_uri": "/api/infra/v1/nodetype/aws/m4.large/",
            "regions": ["/api/infra/v1/region/aws/us-east-1/", "/api/infra/v1/region/aws/eu-west-1/"],
        });
        assert_eq!(provider_of(&nodetype), "aws");
        assert_eq!(regions_of(&nodetype), ["us-east-1", "eu-west-1"]);
        assert!(regions_of(&json!({})).is_empty());
    }

    #[test]
    fn image_tag_layers() {
        let tag = json!({ "layer": { "docker_id": "0123456789abcdef", "creation": "" } });
        assert_eq!(layer_docker_id(&tag), "0123456789ab");
        assert_eq!(layer_created(&tag), "");
        assert_eq!(layer_docker_id(&json!({ "layer": null })), "");
    }
}
