//! Checker tests (call).

#[allow(unused_imports)]
use super::tests::check_src;
