// The _loopstep_record built-in module (record_module.cpp): the calls through which asyncio's
// Python half reports its locks, queues and warnings to the recorder.
#pragma once

#include "core/py/interp.h"

namespace loopstep::record {

py::Value init_record_module(py::Interp& I);

} // namespace loopstep::record
