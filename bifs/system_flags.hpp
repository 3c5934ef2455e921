// Settings erlang:system_flag/2 changes that other parts read
// (bifs/system_flag.cpp).
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::bifs {

// The process VM error reports go to: a pid, `logger` or `undefined`.
vm::Term system_logger();
// erts_code_purger's limit on outstanding check_process_code requests.
int64_t outstanding_system_requests_limit();

}  // namespace openbeam::bifs
