// Settings erlang:system_flag/2 changes that other parts read
// (bifs/system_flag.cpp).
#pragma once

#include "vm/term.hpp"

namespace openbeam::bifs {

// The process VM error reports go to: a pid, `logger` or `undefined`.
vm::Term system_logger();

}  // namespace openbeam::bifs
