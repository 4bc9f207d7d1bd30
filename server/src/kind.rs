//! The kinds of object the server stores, named once: each kind's path segment (also its
//! event `type`, its key in seed files and the database) comes from [`Kind::as_str`].

use std::fmt;
use std::str::FromStr;

/// A kind of stored object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A node provider of the catalog.
    Provider,
    /// A provider's region.
    Region,
    /// A region's availability zone.
    Az,
    /// A provider's node type.
    NodeType,
    /// A node cluster.
    NodeCluster,
    /// A node.
    Node,
    /// A registry.
    Registry,
    /// A repository of a registry.
    Repository,
    /// A stack.
    Stack,
    /// A service.
    Service,
    /// A container.
    Container,
    /// A service's trigger.
    Trigger,
    /// An action.
    Action,
    /// An image of the Tutum catalog.
    Image,
    /// A tag of an image.
    ImageTag,
    /// A volume.
    Volume,
    /// A volume group.
    VolumeGroup,
}

impl Kind {
    /// Every kind, in the order the store keeps them.
    pub const ALL: [Kind; 17] = [
        Kind::Provider,
        Kind::Region,
        Kind::Az,
        Kind::NodeType,
        Kind::NodeCluster,
        Kind::Node,
        Kind::Registry,
        Kind::Repository,
        Kind::Stack,
        Kind::Service,
        Kind::Container,
        Kind::Trigger,
        Kind::Action,
        Kind::Image,
        Kind::ImageTag,
        Kind::Volume,
        Kind::VolumeGroup,
    ];

    /// The kind's name: its path segment, event `type` and key in stored data.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Provider => "provider",
            Kind::Region => "region",
            Kind::Az => "az",
            Kind::NodeType => "nodetype",
            Kind::NodeCluster => "nodecluster",
            Kind::Node => "node",
            Kind::Registry => "registry",
            Kind::Repository => "repository",
            Kind::Stack => "stack",
            Kind::Service => "service",
            Kind::Container => "container",
            Kind::Trigger => "trigger",
            Kind::Action => "action",
            Kind::Image => "image",
            Kind::ImageTag => "imagetag",
            Kind::Volume => "volume",
            Kind::VolumeGroup => "volumegroup",
        }
    }

    /// The kind a name (a path segment, an event `type`) names.
    pub fn from_segment(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The REST subsystem at the top of the kind's paths (`app`, `infra`, `repo`, `audit`);
    /// none for triggers and image tags, whose paths are below a service or an image.
    pub fn subsystem(self) -> Option<&'static str> {
        match self {
            Kind::Stack | Kind::Service | Kind::Container => Some("app"),
            Kind::Provider
            | Kind::Region
            | Kind::Az
            | Kind::NodeType
            | Kind::NodeCluster
            | Kind::Node
            | Kind::Volume
            | Kind::VolumeGroup => Some("infra"),
            Kind::Registry | Kind::Repository | Kind::Image => Some("repo"),
            Kind::Action => Some("audit"),
            Kind::Trigger | Kind::ImageTag => None,
        }
    }

    /// Whether changes of this kind go to the event stream.
    pub fn has_events(self) -> bool {
        matches!(
            self,
            Kind::Stack
                | Kind::Service
                | Kind::Container
                | Kind::NodeCluster
                | Kind::Node
                | Kind::Action
        )
    }

    /// The key of the log of object `id` of this kind (`container/<uuid>`).
    pub fn log_key(self, id: &str) -> String {
        format!("{}/{id}", self.as_str())
    }
}

/// What a REST path segment names: objects of a kind, or an endpoint without objects of
/// its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resource {
    /// The objects of a kind (`availabilityzone` also names [`Kind::Az`]).
    Stored(Kind),
    /// `tag/`: the tags on a namespace's nodes and node clusters.
    Tag,
    /// `token/`: a token for joining a node.
    Token,
}

impl Resource {
    /// The resource a path segment names.
    pub fn from_segment(segment: &str) -> Option<Resource> {
        match segment {
            "availabilityzone" => Some(Resource::Stored(Kind::Az)),
            "tag" => Some(Resource::Tag),
            "token" => Some(Resource::Token),
            other => Kind::from_segment(other).map(Resource::Stored),
        }
    }

    /// The REST subsystem at the top of the resource's paths.
    pub fn subsystem(self) -> Option<&'static str> {
        match self {
            Resource::Stored(kind) => kind.subsystem(),
            Resource::Tag | Resource::Token => Some("infra"),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(name: &str) -> Result<Kind, String> {
        Kind::from_segment(name).ok_or_else(|| format!("unknown kind '{name}'"))
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, Resource};

    #[test]
    fn every_name_reads_back_as_its_kind() {
        for kind in Kind::ALL {
            assert_eq!(kind.as_str().parse::<Kind>(), Ok(kind));
            assert_eq!(Kind::ALL[kind as usize], kind);
        }
        assert_eq!(
            "availabilityzone".parse::<Kind>(),
            Err("unknown kind 'availabilityzone'".into())
        );
        assert_eq!(Kind::from_segment("Service"), None);
    }

    #[test]
    fn segments_name_kinds_and_endpoints() {
        let az = Some(Resource::Stored(Kind::Az));
        assert_eq!(Resource::from_segment("availabilityzone"), az);
        assert_eq!(Resource::from_segment("az"), az);
        assert_eq!(Resource::from_segment("tag"), Some(Resource::Tag));
        assert_eq!(Resource::from_segment("token"), Some(Resource::Token));
        assert_eq!(Resource::from_segment("events"), None);
    }
}
