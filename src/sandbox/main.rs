//! `docker-cloud-sandbox`: a local Docker Cloud-compatible API server.

mod hub;

fn main() {
    let _hub = hub::Hub::new();
}
