// prim_file's open-file NIFs: file handles are resources (vm/resource.hpp)
// holding a POSIX file descriptor.
//
// Semantics follow ERTS 13 (prim_file_nif.c, unix_prim_file.c): mode lists
// may hold anything (unknown modes are prim_file's business); no read/write
// mode means read, append/exclusive imply write; a directory opens only in
// `directory` mode (eisdir otherwise). A closed handle answers every call
// with {error, einval}. Arguments that are not numbers are badarg, numbers
// out of range {error, einval}; an argument that is not a handle is badarg.
//
// Like ERTS, a file is closed when the process that opened it dies (its
// handle then answers {error, einval} everywhere): the table of open files
// by owner holds one reference on each handle until it is closed, by
// close/1 or by the owner's exit (prim_file_process_exited). A handle whose
// last reference dies is closed by its destructor.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <mutex>
#include <unordered_map>
#include <cstring>
#include <vector>

#include "bifs/iodata.hpp"
#include "bifs/prim_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bits.hpp"
#include "vm/resource.hpp"

namespace openbeam::bifs {

using namespace vm;
using namespace file;

namespace {

enum Modes : unsigned {
  kRead = 1,
  kWrite = 2,
  kAppend = 4,
  kExclusive = 8,
  kSync = 16,
  kSkipTypeCheck = 32,
  kDirectory = 64,
};

struct FileHandle {
  enum State : int { kIdle, kBusy, kClosed };
  std::atomic<int> state{kIdle};
  int fd;
  Term owner;  // the opener (a local pid)
  FileHandle(int f, Term pid) : fd(f), owner(pid) {}
  ~FileHandle() {
    if (state.load() != kClosed) ::close(fd);
  }
};

using FileResource = Resource<FileHandle>;

// Open files by owner pid, each holding one blob reference.
struct OpenFiles {
  std::mutex mu;
  std::unordered_map<Word, std::vector<BinaryBlob*>> by_owner;
};
OpenFiles& open_files() {
  static OpenFiles* t = new OpenFiles();
  return *t;
}

void track(Term owner, BinaryBlob* b) {
  b->retain();
  OpenFiles& t = open_files();
  std::lock_guard<std::mutex> lock(t.mu);
  t.by_owner[owner.raw()].push_back(b);
}

// Forgets a handle closed by close/1 and drops the table's reference.
void untrack(Term owner, BinaryBlob* b) {
  OpenFiles& t = open_files();
  {
    std::lock_guard<std::mutex> lock(t.mu);
    auto it = t.by_owner.find(owner.raw());
    if (it == t.by_owner.end()) return;
    auto& v = it->second;
    auto pos = std::find(v.begin(), v.end(), b);
    if (pos == v.end()) return;
    v.erase(pos);
    if (v.empty()) t.by_owner.erase(it);
  }
  b->release();
}

unsigned translate_modes(Term list) {
  unsigned m = 0;
  for (; is_list(list); list = cdr(list)) {
    Term h = car(list);
    if (h == atoms::am_read) m |= kRead;
    else if (h == atoms::am_write) m |= kWrite;
    else if (h == atoms::am_exclusive) m |= kExclusive;
    else if (h == atoms::am_append) m |= kAppend;
    else if (h == atoms::am_sync) m |= kSync;
    else if (h == atoms::am_skip_type_check) m |= kSkipTypeCheck;
    else if (h == atoms::am_directory) m |= kDirectory;
  }
  if (m & (kAppend | kExclusive)) m |= kWrite;
  else if (!(m & (kRead | kWrite))) m |= kRead;
  return m;
}

int open_flags(unsigned m) {
  int flags;
  if ((m & kRead) && !(m & kWrite)) flags = O_RDONLY;
  else if ((m & kWrite) && !(m & kRead)) flags = O_TRUNC | O_WRONLY | O_CREAT;
  else flags = O_RDWR | O_CREAT;
  if (m & kAppend) flags = (flags & ~O_TRUNC) | O_APPEND;
  if (m & kExclusive) flags |= O_EXCL;
  if (m & kSync) flags |= O_SYNC;
  return flags | O_CLOEXEC;
}

bool fd_is_dir(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

// Runs `op` on the open handle in a[0]: badarg if a[0] is no handle,
// {error, einval} if it is closed.
template <class Op>
Term with_handle(Process* p, Term* a, Op op) {
  FileHandle* h = FileResource::get(a[0]);
  if (!h) return badarg(p);
  int expected = FileHandle::kIdle;
  if (!h->state.compare_exchange_strong(expected, FileHandle::kBusy)) return posix_error(p, EINVAL);
  Term r = op(h);
  h->state.store(FileHandle::kIdle);
  return r;
}

// enif_get_int64 after enif_is_number: the NIFs' two-step check.
enum class Num { kOk, kNotNumber, kOutOfRange };
Num get_int64(Term t, int64_t* v) {
  if (!is_number(t)) return Num::kNotNumber;
  return term_to_int64(t, v) ? Num::kOk : Num::kOutOfRange;
}

// Two 64-bit arguments (offset and length) that must be numbers (else
// badarg) in 0..2^63-1 (else {error, einval}). False: *err is the answer.
bool offset_length(Process* p, Term a, Term b, int64_t* x, int64_t* y, Term* err) {
  if (!is_number(a) || !is_number(b)) {
    *err = badarg(p);
    return false;
  }
  if (get_int64(a, x) != Num::kOk || get_int64(b, y) != Num::kOk || *x < 0 || *y < 0) {
    *err = posix_error(p, EINVAL);
    return false;
  }
  return true;
}

// Writes every byte of `vec` (at `offset` unless it is -1); errno on failure.
bool write_all(int fd, const std::vector<BitsView>& vec, int64_t offset) {
  std::vector<uint8_t> scratch;
  for (const BitsView& v : vec) {
    const uint8_t* data = view_bytes(v, scratch);
    size_t done = 0;
    while (done < v.bytes) {
      ssize_t n = offset < 0 ? ::write(fd, data + done, v.bytes - done)
                             : ::pwrite(fd, data + done, v.bytes - done, off_t(offset));
      if (n < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      done += size_t(n);
      if (offset >= 0) offset += n;
    }
  }
  return true;
}

// Reads up to `size` bytes (at `offset` unless -1) until full or end of
// file: {ok, Binary} | eof | {error, Posix}.
Term read_result(Process* p, int fd, int64_t size, int64_t offset) {
  std::vector<uint8_t> buf(static_cast<size_t>(size));
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t n = offset < 0 ? ::read(fd, buf.data() + got, buf.size() - got)
                           : ::pread(fd, buf.data() + got, buf.size() - got, off_t(offset + int64_t(got)));
    if (n < 0) {
      if (errno == EINTR) continue;
      return posix_error(p, errno);
    }
    if (n == 0) break;
    got += size_t(n);
  }
  if (got == 0) return atoms::am_eof;
  return ok_tuple(p, bytes_binary(p, buf.data(), got));
}

Term new_handle(Process* p, int fd) {
  Term ref = FileResource::make(*p, nullptr, fd, p->pid);
  track(p->pid, resource_blob(ref, &FileResource::destroy));
  return ok_tuple(p, ref);
}

}  // namespace

Term nif_prim_file_open(Process* p, Term* a) {
  if (!is_list(a[1]) && !is_nil(a[1])) return badarg(p);
  unsigned m = translate_modes(a[1]);
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  int flags = open_flags(m);
  mode_t mode = 0666;
  if (m & kDirectory) {
    flags |= O_DIRECTORY;
    mode = 0777;
  }
  int fd;
  do fd = ::open(path.c_str(), flags, mode);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) return posix_error(p, errno);
  if (!(m & kSkipTypeCheck) && !(m & kDirectory) && fd_is_dir(fd)) {
    ::close(fd);
    return posix_error(p, EISDIR);
  }
  return new_handle(p, fd);
}

Term nif_prim_file_file_desc_to_ref(Process* p, Term* a) {
  int64_t fd;
  if (!is_number(a[0]) || !term_to_int64(a[0], &fd) || fd < INT32_MIN || fd > INT32_MAX) return badarg(p);
  if (fcntl(int(fd), F_GETFD) < 0) return posix_error(p, errno);
  return new_handle(p, int(fd));
}

Term nif_prim_file_close(Process* p, Term* a) {
  FileHandle* h = FileResource::get(a[0]);
  if (!h) return badarg(p);
  int expected = FileHandle::kIdle;
  if (!h->state.compare_exchange_strong(expected, FileHandle::kClosed)) return posix_error(p, EINVAL);
  // close(2) is not retried on EINTR: the descriptor is gone either way.
  int rc = ::close(h->fd);
  int err = errno;
  untrack(h->owner, resource_blob(a[0], &FileResource::destroy));
  return rc < 0 ? posix_error(p, err) : atoms::am_ok;
}

void prim_file_process_exited(Process* p) {
  std::vector<BinaryBlob*> blobs;
  {
    OpenFiles& t = open_files();
    std::lock_guard<std::mutex> lock(t.mu);
    auto it = t.by_owner.find(p->pid.raw());
    if (it == t.by_owner.end()) return;
    blobs.swap(it->second);
    t.by_owner.erase(it);
  }
  for (BinaryBlob* b : blobs) {
    auto* h = reinterpret_cast<FileHandle*>(b->data);
    int expected = FileHandle::kIdle;
    if (h->state.compare_exchange_strong(expected, FileHandle::kClosed)) ::close(h->fd);
    b->release();
  }
}

// ERTS's prim_file helper process closes the handles of dead owners with
// this; OpenBEAM closes them in the exit hook already, so only the type is
// checked.
Term nif_prim_file_delayed_close(Process* p, Term* a) {
  return FileResource::get(a[0]) ? atoms::am_ok : badarg(p);
}

Term nif_prim_file_read(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t size;
    switch (get_int64(a[1], &size)) {
      case Num::kNotNumber: return badarg(p);
      case Num::kOutOfRange: return posix_error(p, EINVAL);
      case Num::kOk: break;
    }
    if (size < 0) return posix_error(p, EINVAL);
    return read_result(p, h->fd, size, -1);
  });
}

Term nif_prim_file_pread(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t offset, size;
    Term err;
    if (!offset_length(p, a[1], a[2], &offset, &size, &err)) return err;
    return read_result(p, h->fd, size, offset);
  });
}

Term nif_prim_file_write(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    std::vector<BitsView> vec;
    if (!iovec_views(a[1], &vec)) return badarg(p);
    return write_all(h->fd, vec, -1) ? atoms::am_ok : posix_error(p, errno);
  });
}

Term nif_prim_file_pwrite(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    std::vector<BitsView> vec;
    if (!is_number(a[1]) || !iovec_views(a[2], &vec)) return badarg(p);
    int64_t offset;
    if (get_int64(a[1], &offset) != Num::kOk || offset < 0) return posix_error(p, EINVAL);
    return write_all(h->fd, vec, offset) ? atoms::am_ok : posix_error(p, errno);
  });
}

Term nif_prim_file_seek(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t offset;
    if (!term_to_int64(a[2], &offset)) return badarg(p);
    int whence;
    if (a[1] == atoms::am_bof) whence = SEEK_SET;
    else if (a[1] == atoms::am_cur) whence = SEEK_CUR;
    else if (a[1] == atoms::am_eof) whence = SEEK_END;
    else return badarg(p);
    off_t pos = lseek(h->fd, off_t(offset), whence);
    if (pos < 0) return posix_error(p, errno);
    return ok_tuple(p, make_int_mag64(*p, uint64_t(pos), false));
  });
}

Term nif_prim_file_sync(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t data_only;
    if (!term_to_int64(a[1], &data_only) || data_only < INT32_MIN || data_only > INT32_MAX) return badarg(p);
    int rc = data_only ? fdatasync(h->fd) : fsync(h->fd);
    return ok_or_errno(p, rc);
  });
}

Term nif_prim_file_truncate(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    off_t pos = lseek(h->fd, 0, SEEK_CUR);
    if (pos < 0) return posix_error(p, errno);
    return ok_or_errno(p, ftruncate(h->fd, pos));
  });
}

Term nif_prim_file_allocate(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t offset, length;
    Term err;
    if (!offset_length(p, a[1], a[2], &offset, &length, &err)) return err;
    // fallocate(2) first, posix_fallocate as the fallback, as ERTS does.
    int rc;
    do rc = fallocate(h->fd, 0, off_t(offset), off_t(length));
    while (rc < 0 && errno == EINTR);
    if (rc < 0) {
      do {
        rc = posix_fallocate(h->fd, off_t(offset), off_t(length));
        if (rc > 0) {
          errno = rc;
          rc = -1;
        }
      } while (rc < 0 && errno == EINTR);
    }
    return ok_or_errno(p, rc);
  });
}

Term nif_prim_file_advise(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t offset, length;
    Term err;
    if (!offset_length(p, a[1], a[2], &offset, &length, &err)) return err;
    int advice;
    Term t = a[3];
    if (t == atoms::am_normal) advice = POSIX_FADV_NORMAL;
    else if (t == atoms::am_random) advice = POSIX_FADV_RANDOM;
    else if (t == atoms::am_sequential) advice = POSIX_FADV_SEQUENTIAL;
    else if (t == atoms::am_will_need) advice = POSIX_FADV_WILLNEED;
    else if (t == atoms::am_dont_need) advice = POSIX_FADV_DONTNEED;
    else if (t == atoms::am_no_reuse) advice = POSIX_FADV_NOREUSE;
    else return posix_error(p, EINVAL);  // ERTS: einval, not badarg
    int rc = posix_fadvise(h->fd, off_t(offset), off_t(length), advice);
    return rc == 0 ? atoms::am_ok : posix_error(p, rc);
  });
}

Term nif_prim_file_read_handle_info(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    struct stat st;
    if (fstat(h->fd, &st) < 0) return posix_error(p, errno);
    // ERTS judges access from the mode bits of the owner class that applies.
    bool r, w;
    if (st.st_uid == geteuid()) {
      r = st.st_mode & S_IRUSR;
      w = st.st_mode & S_IWUSR;
    } else if (st.st_gid == getegid()) {
      r = st.st_mode & S_IRGRP;
      w = st.st_mode & S_IWGRP;
    } else {
      r = st.st_mode & S_IROTH;
      w = st.st_mode & S_IWOTH;
    }
    Term acc = r && w ? atoms::am_read_write : r ? atoms::am_read : w ? atoms::am_write : atoms::am_none;
    return file_info_tuple(p, st, acc);
  });
}

Term nif_prim_file_get_handle(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) { return bytes_binary(p, &h->fd, sizeof h->fd); });
}

// Reads <<Size:32, Offset:32>> at the given offset, then Size bytes at
// Offset: {ok, {Size, Offset, Data | eof}} | eof (ERTS's description in
// prim_file_nif.c).
Term nif_prim_file_ipread_s32bu_p32bu(Process* p, Term* a) {
  return with_handle(p, a, [&](FileHandle* h) {
    int64_t pointer_at, max_size;
    if (!is_number(a[1]) || !is_number(a[2])) return badarg(p);
    if (get_int64(a[1], &pointer_at) != Num::kOk || get_int64(a[2], &max_size) != Num::kOk || pointer_at < 0 ||
        max_size >= (int64_t(1) << 31)) {
      return posix_error(p, EINVAL);
    }
    uint8_t ptr[8];
    size_t got = 0;
    while (got < sizeof ptr) {
      ssize_t n = ::pread(h->fd, ptr + got, sizeof ptr - got, off_t(pointer_at + int64_t(got)));
      if (n < 0) {
        if (errno == EINTR) continue;
        return posix_error(p, errno);
      }
      if (n == 0) break;
      got += size_t(n);
    }
    if (got < sizeof ptr) return atoms::am_eof;
    uint32_t size = uint32_t(ptr[0]) << 24 | uint32_t(ptr[1]) << 16 | uint32_t(ptr[2]) << 8 | ptr[3];
    uint32_t offset = uint32_t(ptr[4]) << 24 | uint32_t(ptr[5]) << 16 | uint32_t(ptr[6]) << 8 | ptr[7];
    if (int64_t(size) > max_size) return atoms::am_eof;
    Term data = read_result(p, h->fd, size, offset);
    if (is_tuple(data) && tuple_element(data, 1) == atoms::am_error) return data;
    Term payload = data == atoms::am_eof ? atoms::am_eof : tuple_element(data, 2);
    return ok_tuple(p, make_tuple3(p, make_small(size), make_small(offset), payload));
  });
}

}  // namespace openbeam::bifs
