//! Checker tests (stmt).

#[allow(unused_imports)]
use super::tests::check_src;
