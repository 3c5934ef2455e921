// Helpers shared by the prim_file NIFs (bifs/prim_file.cpp: paths,
// bifs/prim_file_handles.cpp: open files).
#pragma once

#include <sys/stat.h>

#include <string>

#include "bifs/bifs.hpp"

namespace openbeam::bifs::file {

// A binary holding a copy of `n` bytes.
Term bytes_binary(Process* p, const void* data, size_t n);
// {error, PosixAtom} for errno value `err` (ERTS's erl_errno_id names).
Term posix_error(Process* p, int err);
// The name erl_errno_id gives `err`: "enoent", "enotsup", ...
std::string errno_id(int err);
// A path NIF argument as a C string: a binary whose NUL bytes all come at
// its end. False: the NIF answers {error, einval}.
bool native_path(Term t, std::string* out);
// Appends a (possibly deep) list of characters in the native file name
// encoding; false for other terms, NUL and unencodable characters.
bool name_chars(Term l, std::string* out);
Term ok_tuple(Process* p, Term v);
// Result of a call returning 0 / -1 with errno: ok | {error, Posix}.
Term ok_or_errno(Process* p, int rc);
// #file_info{} from stat data, with `access` already worked out.
Term file_info_tuple(Process* p, const struct ::stat& st, Term access);

}  // namespace openbeam::bifs::file
