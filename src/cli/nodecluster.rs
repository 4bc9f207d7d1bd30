//! Arguments of `nodecluster ...`.

use clap::{Args, Subcommand};

use super::{Identifiers, OperateArgs, QuietArgs, SyncArgs, WaitArgs};

super::parse::group_commands! {
mod only;
/// `nodecluster` subcommands.
#[derive(Subcommand, Debug)]
pub enum NodeClusterCommand {
    /// List availability zones
    Az(QuietArgs),
    /// Create a node cluster and deploy it
    Create(CreateArgs),
    /// Print the detailed information of a node cluster
    Inspect(Identifiers),
    /// List node clusters
    Ls(QuietArgs),
    /// List node types
    Nodetype(NodetypeArgs),
    /// List providers
    Provider(QuietArgs),
    /// List regions
    Region(RegionArgs),
    /// Remove a node cluster and its nodes
    Rm(OperateArgs),
    /// Scale a node cluster
    Scale(ScaleArgs),
    /// Wait until node clusters reach a state
    Wait(WaitArgs),
}
}

/// `nodecluster create NAME PROVIDER REGION NODETYPE`.
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the node cluster
    pub name: String,
    /// Provider name, e.g. digitalocean (see `nodecluster provider`)
    pub provider: String,
    /// Region name, e.g. lon1 (see `nodecluster region`)
    pub region: String,
    /// Node type name, e.g. 1gb (see `nodecluster nodetype`)
    pub nodetype: String,
    /// Number of nodes to deploy (the server's default is 1)
    #[arg(short = 't', long, value_name = "N")]
    pub target_num_nodes: Option<u32>,
    /// Disk size of each node in GB (the server's default is 60)
    #[arg(long, value_name = "GB", value_parser = clap::value_parser!(u32).range(1..))]
    pub disk: Option<u32>,
    /// Deployment tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// AWS: id of the VPC to deploy the nodes in
    #[arg(long, value_name = "ID")]
    pub aws_vpc_id: Option<String>,
    /// AWS: subnet of the VPC (repeatable; needs --aws-vpc-id)
    #[arg(long, value_name = "SUBNET", requires = "aws_vpc_id")]
    pub aws_vpc_subnet: Vec<String>,
    /// AWS: security group of the VPC (repeatable; needs --aws-vpc-id)
    #[arg(long, value_name = "GROUP", requires = "aws_vpc_id")]
    pub aws_vpc_security_group: Vec<String>,
    /// AWS: name of the IAM instance profile of the nodes
    #[arg(long, value_name = "NAME")]
    pub aws_iam_instance_profile_name: Option<String>,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `nodecluster scale ID... N`.
#[derive(Args, Debug)]
pub struct ScaleArgs {
    /// UUID (long or short) or name
    #[arg(value_name = "identifier", required = true, num_args = 1.., value_parser = crate::key::identifier)]
    pub identifier: Vec<String>,
    /// Target number of nodes
    #[arg(value_name = "target-num-nodes")]
    pub target: u32,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `nodecluster region`.
#[derive(Args, Debug)]
pub struct RegionArgs {
    /// Show only the regions of this provider
    #[arg(short, long)]
    pub provider: Option<String>,
}

/// `nodecluster nodetype`.
#[derive(Args, Debug)]
pub struct NodetypeArgs {
    /// Show only the node types of this provider
    #[arg(short, long)]
    pub provider: Option<String>,
    /// Show only the node types available in this region
    #[arg(short, long)]
    pub region: Option<String>,
}
