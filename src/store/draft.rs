//! A store is never written in place. A load, an unload or a rebuild writes a
//! copy of the store beside it (`PATH.new-PID`), and the copy replaces the
//! store by a rename only when it is complete: checkpointed, closed, on disk.
//! A process killed at any moment leaves the store as it was before, or as
//! it is after; never a file that DuckDB was rewriting.
//!
//! This is the answer to a store the kill harness once found damaged
//! ("Corrupt database file: computed checksum … in block at location
//! 12288", the first block after DuckDB's headers) after a load killed
//! while DuckDB wrote into the store file itself. Copying a store costs
//! little: 2.6 MB with the embedded report and a page, copied in about
//! 2.4 ms, where a load takes 130-150 ms (docs/performance.md).

use super::*;

/// The copy a writer works on, and the store it is to replace.
#[derive(Debug)]
pub(super) struct Draft {
    /// `PATH.new-PID`.
    pub(super) file: PathBuf,
    target: PathBuf,
    published: bool,
}

impl Draft {
    /// A copy of the store at `target`, or nothing there if it is new.
    /// A log beside the store (left by an asylq that wrote in place) is
    /// first taken into the store, so that the copy holds it.
    pub(super) fn of(target: &Path) -> Result<Draft> {
        let draft = Draft {
            file: with_suffix(target, &format!(".new-{}", std::process::id())),
            target: target.to_path_buf(),
            published: false,
        };
        remove_file_and_log(&draft.file);
        if target.exists() {
            absorb_log(target)?;
            std::fs::copy(target, &draft.file).map_err(|e| Error::file(&draft.file, e))?;
        }
        Ok(draft)
    }

    /// Puts the copy in the store's place. `conn`, the copy's connection, is
    /// checkpointed and closed first, so that the copy is whole without a log.
    pub(super) fn publish(mut self, conn: Connection) -> Result<()> {
        let writing = crate::msg!(
            "doing-writing-file",
            path = self.target.display().to_string()
        );
        conn.execute_batch("CHECKPOINT")
            .map_err(|e| db_error(writing.clone(), e))?;
        conn.close()
            .map_err(|(_, e)| db_error(writing.clone(), e))?;
        let log = with_suffix(&self.file, ".wal");
        if log.exists() {
            return Err(Error::file(
                &log,
                std::io::Error::other("the log remained after the checkpoint"),
            ));
        }
        sync(&self.file)?;
        std::fs::rename(&self.file, &self.target).map_err(|e| Error::file(&self.target, e))?;
        self.published = true;
        if let Some(dir) = self.target.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    }
}

impl Drop for Draft {
    /// A draft that was not published (an error, a refused store) is removed.
    fn drop(&mut self) {
        if !self.published {
            remove_file_and_log(&self.file);
        }
    }
}

/// Writes a file's contents to disk.
fn sync(file: &Path) -> Result<()> {
    std::fs::File::open(file)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::file(file, e))
}

/// Replays and removes the log DuckDB left beside `store`: opened for
/// writing, checkpointed, closed. Only stores written by an asylq that wrote
/// in place have one.
fn absorb_log(store: &Path) -> Result<()> {
    if !with_suffix(store, ".wal").exists() {
        return Ok(());
    }
    let opening = opening(store);
    let conn = open_waiting(|| Connection::open(store))
        .map_err(|e| turns::waited(db_error(opening.clone(), e)))?;
    conn.execute_batch("CHECKPOINT")
        .map_err(|e| db_error(opening.clone(), e))?;
    conn.close().map_err(|(_, e)| db_error(opening.clone(), e))
}

/// Removes the drafts that killed writers left beside `path`
/// (`PATH.new-PID` and its log, whose process has ended): they never
/// became the store, and nothing else would take them away.
pub(super) fn remove_abandoned(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!("{}.new-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.trim_end_matches(".wal");
        let ended = pid
            .parse::<u32>()
            .is_ok_and(|pid| !Path::new(&format!("/proc/{pid}")).exists());
        if ended && Path::new("/proc/self").exists() {
            remove_file_and_log(&entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count_reports(store: &Store) -> String {
        let (_, rows) = store.rows("SELECT count(*) FROM reports").unwrap();
        format!("{:?}", rows[0][0])
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_writer_dropped_unsaved_leaves_the_store_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.duckdb");
        Store::open_for_writing(&path).unwrap().save().unwrap();
        let before = std::fs::read(&path).unwrap();
        let mut store = Store::open_for_writing(&path).unwrap();
        store.unload(EMBEDDED_NAME).unwrap();
        assert_eq!(count_reports(&store), "BigInt(0)");
        drop(store);
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(names(dir.path()), ["s.duckdb"]);
        let reader = Store::open_read_only(&path).unwrap();
        assert_eq!(count_reports(&reader), "BigInt(1)");
    }

    #[test]
    fn a_new_store_exists_only_once_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.duckdb");
        let store = Store::open_for_writing(&path).unwrap();
        assert!(!path.exists());
        store.save().unwrap();
        assert_eq!(names(dir.path()), ["s.duckdb"]);
        let reader = Store::open_read_only(&path).unwrap();
        assert_eq!(count_reports(&reader), "BigInt(1)");
    }

    #[test]
    fn a_log_left_beside_the_store_is_taken_into_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.duckdb");
        Store::open_for_writing(&path).unwrap().save().unwrap();
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA disable_checkpoint_on_shutdown; CREATE TABLE left_in_log AS SELECT 42 AS x",
        )
        .unwrap();
        drop(conn);
        assert!(with_suffix(&path, ".wal").exists());
        Store::open_for_writing(&path).unwrap().save().unwrap();
        assert_eq!(names(dir.path()), ["s.duckdb"]);
        let reader = Store::open_read_only(&path).unwrap();
        let (_, rows) = reader.rows("SELECT x FROM left_in_log").unwrap();
        assert_eq!(format!("{:?}", rows[0][0]), "Int(42)");
    }
}
