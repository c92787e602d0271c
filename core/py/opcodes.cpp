// Names and stack effects of the instructions, from the single list in opcodes.h.
#include "core/py/opcodes.h"

namespace loopstep::py {

const char* opcode_name(uint8_t op) {
    static const char* names[] = {
#define LS_NAME(name, effect) #name,
        LOOPSTEP_OPCODES(LS_NAME)
#undef LS_NAME
    };
    return op < OP_COUNT ? names[op] : "?";
}

int opcode_stack_effect(uint8_t op) {
    static const int effects[] = {
#define LS_EFFECT(name, effect) effect,
        LOOPSTEP_OPCODES(LS_EFFECT)
#undef LS_EFFECT
    };
    return op < OP_COUNT ? effects[op] : 0;
}

} // namespace loopstep::py
