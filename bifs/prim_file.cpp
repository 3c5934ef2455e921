// prim_file: the file name encoding BIFs and the path-based NIFs of the
// preloaded prim_file module (bifs/nif_table.def), on POSIX calls.
//
// Paths reach the NIFs as prim_file:internal_name2native/1 made them: a
// binary of the native encoding ending in NUL bytes. Results follow ERTS's
// prim_file_nif.c: {ok, ...} | ok | {error, PosixAtom}, with
// {error, einval} for a path that is not such a binary.
//
// The native file name encoding is utf8 when the locale's character set is
// UTF-8, else latin1 (erl's default, +fna).
#include <dirent.h>
#include <fcntl.h>
#include <langinfo.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <cerrno>
#include <clocale>
#include <cstring>
#include <string>
#include <vector>

#include "bifs/bifs.hpp"
#include "bifs/prim_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bits.hpp"
#include "vm/utf8.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

bool native_names_utf8() {
  static const bool utf8 = [] {
    const char* old = std::setlocale(LC_CTYPE, nullptr);
    std::string saved = old ? old : "C";
    std::setlocale(LC_CTYPE, "");
    bool u = std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    std::setlocale(LC_CTYPE, saved.c_str());
    return u;
  }();
  return utf8;
}

// ---- file names -------------------------------------------------------------

// Appends a (possibly deep) list of characters in the native encoding.
// False for anything else, NUL characters and unencodable characters.
bool encode_name_list(Term l, bool utf8, std::string& out) {
  std::vector<Term> rest;  // tails still to visit
  for (;;) {
    while (is_list(l)) {
      Term h = car(l);
      l = cdr(l);
      if (is_small(h)) {
        int64_t c = small_value(h);
        if (c <= 0) return false;
        if (!utf8) {
          if (c > 255) return false;
          out.push_back(char(c));
        } else {
          if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
          utf8_append(out, uint32_t(c));
        }
      } else if (is_list(h) || is_nil(h)) {
        rest.push_back(l);
        l = h;
      } else {
        return false;
      }
    }
    if (!is_nil(l)) return false;
    if (rest.empty()) return true;
    l = rest.back();
    rest.pop_back();
  }
}

}  // namespace

namespace file {

bool name_chars(Term l, std::string* out) { return encode_name_list(l, native_names_utf8(), *out); }

Term bytes_binary(Process* p, const void* data, size_t n) {
  return make_binary(*p, static_cast<const uint8_t*>(data), n);
}

std::string errno_id(int err) {
  // ERTS names ENOTSUP (== EOPNOTSUPP on Linux) enotsup.
  const char* name = err == ENOTSUP ? "ENOTSUP" : strerrorname_np(err);
  std::string s = name ? name : "unknown";
  for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Term posix_error(Process* p, int err) { return make_tuple2(p, atoms::am_error, atom(errno_id(err))); }

// A path NIF argument as a C string: a binary whose NUL bytes all come at
// its end (ERTS accepts any number of trailing NULs). False: einval.
bool native_path(Term t, std::string* out) {
  if (!is_binary_term(t)) return false;
  BitsView v = bits_view(t);
  std::string s(v.bytes, '\0');
  for (size_t i = 0; i < v.bytes; i++) s[i] = char(v.byte(i));
  size_t nul = s.find('\0');
  if (nul == std::string::npos) return false;
  if (s.find_first_not_of('\0', nul) != std::string::npos) return false;
  s.resize(nul);
  *out = std::move(s);
  return true;
}

Term ok_tuple(Process* p, Term v) { return make_tuple2(p, atoms::am_ok, v); }

// Result of a call returning 0 / -1 with errno: ok | {error, Posix}.
Term ok_or_errno(Process* p, int rc) { return rc == 0 ? atoms::am_ok : posix_error(p, errno); }

Term file_info_tuple(Process* p, const struct ::stat& st, Term access) {
  Term type = S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? atoms::am_device
              : S_ISDIR(st.st_mode)                      ? atoms::am_directory
              : S_ISREG(st.st_mode)                      ? atoms::am_regular
              : S_ISLNK(st.st_mode)                      ? atoms::am_symlink
                                                         : atoms::am_other;
  // #file_info{}: the fields the NIF fills, 32-bit fields truncated as in ERTS.
  constexpr int64_t kMinFileTime = -2145916800;  // {{1902,1,1},{0,0,0}}
  auto time = [](int64_t t) { return make_small(t < kMinFileTime ? kMinFileTime : t); };
  Term fields[] = {atoms::am_file_info,
                   make_small(int64_t(st.st_size)),
                   type,
                   access,
                   time(int64_t(st.st_atime)),
                   time(int64_t(st.st_mtime)),
                   time(int64_t(st.st_ctime)),
                   make_small(uint32_t(st.st_mode)),
                   make_small(uint32_t(st.st_nlink)),
                   make_small(uint32_t(st.st_dev)),
                   make_small(uint32_t(st.st_rdev)),
                   make_small(uint32_t(st.st_ino)),
                   make_small(uint32_t(st.st_uid)),
                   make_small(uint32_t(st.st_gid))};
  constexpr size_t n = sizeof(fields) / sizeof(fields[0]);
  Word* hp = p->alloc(1 + n);
  hp[0] = make_header(Subtag::kTuple, n);
  for (size_t i = 0; i < n; i++) hp[1 + i] = fields[i].raw();
  return make_boxed(hp);
}

}  // namespace file

using namespace file;

Term prim_file_internal_name2native(Process* p, Term* a) {
  bool utf8 = native_names_utf8();
  std::string out;
  if (is_binary_term(a[0])) {
    // Binaries are taken as they are (already in the native encoding).
    BitsView v = bits_view(a[0]);
    for (size_t i = 0; i < v.bytes; i++) {
      uint8_t b = v.byte(i);
      if (b == 0) return badarg(p);
      out.push_back(char(b));
    }
  } else if (is_nil(a[0]) || is_list(a[0])) {
    if (!encode_name_list(a[0], utf8, out)) return badarg(p);
  } else {
    return badarg(p);  // atoms too: prim_file refuses them
  }
  out.push_back('\0');
  return bytes_binary(p, out.data(), out.size());
}

Term prim_file_internal_native2name(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  if (!v.is_binary()) return badarg(p);
  if (v.bytes == 0) return make_nil();
  std::vector<uint8_t> bytes(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) bytes[i] = v.byte(i);
  std::vector<Term> chars;
  chars.reserve(bytes.size());
  if (!native_names_utf8()) {
    for (uint8_t b : bytes) chars.push_back(make_small(b));
  } else {
    std::vector<uint32_t> cps;
    if (!utf8_decode_strict(bytes.data(), bytes.size(), &cps)) {
      return make_tuple2(p, atoms::am_error, atom("warning"));
    }
    for (uint32_t c : cps) chars.push_back(make_small(c));
  }
  return make_list_from(p, chars.data(), chars.size());
}

Term prim_file_is_translatable(Process* p, Term* a) {
  if (!is_bitstring(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  if (!v.is_binary()) return badarg(p);
  if (v.bytes == 0 || !native_names_utf8()) return atoms::am_true;
  std::vector<uint8_t> bytes(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) bytes[i] = v.byte(i);
  return make_bool(utf8_decode_strict(bytes.data(), bytes.size(), nullptr));
}

Term file_native_name_encoding(Process*, Term*) {
  return native_names_utf8() ? atoms::am_utf8 : atoms::am_latin1;
}

// ---- NIFs -------------------------------------------------------------------

Term nif_prim_file_list_dir(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  DIR* d = opendir(path.c_str());
  if (!d) return posix_error(p, errno);
  // Like ERTS: each entry is consed onto the list in readdir order.
  Term list = make_nil();
  while (struct dirent* e = readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    Term name = bytes_binary(p, e->d_name, std::strlen(e->d_name));
    list = make_list_from_cons(p, name, list);
  }
  closedir(d);
  return ok_tuple(p, list);
}

Term nif_prim_file_read_file(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return posix_error(p, errno);
  std::vector<uint8_t> data;
  struct stat st;
  size_t chunk = fstat(fd, &st) == 0 && st.st_size > 0 ? size_t(st.st_size) : size_t(16) << 10;
  for (;;) {
    size_t have = data.size();
    data.resize(have + chunk);
    ssize_t n = read(fd, data.data() + have, chunk);
    if (n < 0) {
      if (errno == EINTR) {
        data.resize(have);
        continue;
      }
      int err = errno;
      close(fd);
      return posix_error(p, err);
    }
    data.resize(have + size_t(n));
    if (n == 0) break;
    chunk = data.size();  // grow geometrically for files of unknown size
  }
  close(fd);
  return ok_tuple(p, bytes_binary(p, data.data(), data.size()));
}

Term nif_prim_file_read_info(Process* p, Term* a) {
  if (!is_small(a[1]) || small_value(a[1]) < INT32_MIN || small_value(a[1]) > INT32_MAX) return badarg(p);
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  struct stat st;
  int rc = small_value(a[1]) != 0 ? stat(path.c_str(), &st) : lstat(path.c_str(), &st);
  if (rc < 0) return posix_error(p, errno);
  bool r = access(path.c_str(), R_OK) == 0, w = access(path.c_str(), W_OK) == 0;
  Term acc = r && w ? atoms::am_read_write : r ? atoms::am_read : w ? atoms::am_write : atoms::am_none;
  return file_info_tuple(p, st, acc);
}

Term nif_prim_file_read_link(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  std::vector<char> buf(256);
  for (;;) {
    ssize_t n = readlink(path.c_str(), buf.data(), buf.size());
    if (n < 0) return posix_error(p, errno);
    if (size_t(n) < buf.size()) return ok_tuple(p, bytes_binary(p, buf.data(), size_t(n)));
    buf.resize(buf.size() * 2);
  }
}

Term nif_prim_file_get_cwd(Process* p, Term*) {
  std::vector<char> buf(256);
  while (!getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return posix_error(p, errno);
    buf.resize(buf.size() * 2);
  }
  return ok_tuple(p, bytes_binary(p, buf.data(), std::strlen(buf.data())));
}

// Drive-letter working directories exist only on Windows.
Term nif_prim_file_get_device_cwd(Process* p, Term*) { return posix_error(p, ENOTSUP); }

// Short (8.3) names exist only on Windows.
Term nif_prim_file_altname(Process* p, Term*) { return posix_error(p, ENOTSUP); }

Term nif_prim_file_set_cwd(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  return ok_or_errno(p, chdir(path.c_str()));
}

Term nif_prim_file_make_dir(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  return ok_or_errno(p, mkdir(path.c_str(), 0777));
}

Term nif_prim_file_del_dir(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  if (rmdir(path.c_str()) == 0) return atoms::am_ok;
  // ERTS reports a non-empty directory as eexist on every platform.
  return posix_error(p, errno == ENOTEMPTY ? EEXIST : errno);
}

Term nif_prim_file_del_file(Process* p, Term* a) {
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  return ok_or_errno(p, unlink(path.c_str()));
}

namespace {
template <int (*Op)(const char*, const char*)>
Term two_paths(Process* p, Term* a) {
  std::string from, to;
  if (!native_path(a[0], &from) || !native_path(a[1], &to)) return posix_error(p, EINVAL);
  return ok_or_errno(p, Op(from.c_str(), to.c_str()));
}
}  // namespace

Term nif_prim_file_rename(Process* p, Term* a) { return two_paths<std::rename>(p, a); }
Term nif_prim_file_make_hard_link(Process* p, Term* a) { return two_paths<link>(p, a); }
Term nif_prim_file_make_soft_link(Process* p, Term* a) { return two_paths<symlink>(p, a); }

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// ---- write_file_info's NIFs ------------------------------------------------------

namespace {
// ERTS's enif_get_int / enif_get_uint / enif_get_int64.
bool get_int32(Term t, int32_t* v) {
  int64_t x;
  if (!term_to_int64(t, &x) || x < INT32_MIN || x > INT32_MAX) return false;
  *v = int32_t(x);
  return true;
}
bool get_uint32(Term t, uint32_t* v) {
  uint64_t x;
  if (!term_to_uint64(t, &x) || x > UINT32_MAX) return false;
  *v = uint32_t(x);
  return true;
}
}  // namespace

Term nif_prim_file_set_permissions(Process* p, Term* a) {
  uint32_t perms;
  if (!get_uint32(a[1], &perms)) return badarg(p);
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  // Like ERTS: only the mutable bits; retry without setuid/setgid.
  mode_t mode = perms & (S_ISUID | S_ISGID | S_IRWXU | S_IRWXG | S_IRWXO);
  if (chmod(path.c_str(), mode) < 0 && chmod(path.c_str(), mode & ~(S_ISUID | S_ISGID)) < 0) {
    return posix_error(p, errno);
  }
  return atoms::am_ok;
}

Term nif_prim_file_set_owner(Process* p, Term* a) {
  int32_t uid, gid;
  if (!get_int32(a[1], &uid) || !get_int32(a[2], &gid)) return badarg(p);
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  return ok_or_errno(p, chown(path.c_str(), uid_t(uid), gid_t(gid)));
}

Term nif_prim_file_set_time(Process* p, Term* a) {
  int64_t at, mt, ct;
  if (!term_to_int64(a[1], &at) || !term_to_int64(a[2], &mt) || !term_to_int64(a[3], &ct)) return badarg(p);
  std::string path;
  if (!native_path(a[0], &path)) return posix_error(p, EINVAL);
  struct utimbuf t;
  t.actime = time_t(at);
  t.modtime = time_t(mt);
  return ok_or_errno(p, utime(path.c_str(), &t));  // ctime cannot be set
}

}  // namespace openbeam::bifs
