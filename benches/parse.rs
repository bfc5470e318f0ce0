//! Placeholder; replaced by the real benches below.
fn main() {}
