//! The GMP scheduler: G, M, P, run queues, parking (later issues).
