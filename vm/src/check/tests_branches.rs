//! Checker tests (branches).

#[allow(unused_imports)]
use super::tests::check_src;
