//! Byte offsets to 1-based line and column numbers. Columns count bytes, as
//! gc's do.

/// Line starts of one source file.
#[derive(Clone, Debug)]
pub struct LineMap {
    starts: Vec<u32>,
}

impl LineMap {
    pub fn new(src: &str) -> LineMap {
        let mut starts = vec![0];
        starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        LineMap { starts }
    }

    /// 1-based (line, column) of a byte offset.
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= pos);
        let start = self.starts[line - 1];
        (line as u32, pos - start + 1)
    }

    /// Byte offset where the 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        self.starts.get(line.checked_sub(1)? as usize).copied()
    }
}
