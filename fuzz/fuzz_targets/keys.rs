//! Keys and path building: an accepted key never leaves its resource path.
#![no_main]

use docker_cloud_fuzz::key;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = key::identifier(text);
    if key::repository(text).is_ok() {
        let segments = ["api", "repo", "v1", "repository"];
        let built = key::path(segments.into_iter().chain(text.split('/')).chain([""]));
        assert!(built.starts_with("/api/repo/v1/repository/"), "{built}");
    }
    if key::image_tag(text).is_ok() {
        assert!(text.contains(':'));
    }
    if key::namespace(text).is_ok() && !text.is_empty() {
        let built = key::path(["api", "app", "v1", text, "service", ""]);
        assert!(built.starts_with("/api/app/v1/"), "{built}");
        assert!(built.ends_with("/service/"), "{built}");
    }
});
