# loopstep-module: _heapq
# loopstep-file: /usr/lib/python3.11/_heapq.py
# loopstep-hidden-frames: CPython implements these heap operations in C (_heapq)
"""The heap primitives of heapq, written for loopstep with the algorithm (and so the order of
comparisons and the resulting list layout) of CPython's C module, and its error messages.
A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; only < is used."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop"]


def _args(name, args, n, what="argument 1"):
    if len(args) != n:
        raise TypeError(f"{name} expected {n} argument{'s' if n != 1 else ''}, got {len(args)}")
    if not isinstance(args[0], list):
        raise TypeError(f"{name}() {what} must be list, not {type(args[0]).__name__}")
    return args


def _sift_toward_root(heap, startpos, pos, less):
    # Moves heap[pos] up while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if less(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_to_leaf(heap, pos, less):
    # Moves the smaller child up until a leaf is reached, puts heap[pos] there, then lets it
    # rise to its place: fewer comparisons than stopping early (Knuth, vol. 3).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not less(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root(heap, startpos, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(*args):
    """Push item onto heap, maintaining the heap invariant."""
    heap, item = _args("heappush", args, 2)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1, _lt)


def heappop(*args):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    heap, = _args("heappop", args, 1, "argument")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_to_leaf(heap, 0, _lt)
        return returnitem
    return lastelt


def heapreplace(*args):
    """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    heap, item = _args("heapreplace", args, 2)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0, _lt)
    return returnitem


def heappushpop(*args):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    heap, item = _args("heappushpop", args, 2)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0, _lt)
    return item


def heapify(*args):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    heap, = _args("heapify", args, 1, "argument")
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i, _lt)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    if not isinstance(heap, list):
        raise TypeError(f"_heappop_max() argument must be list, not {type(heap).__name__}")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_to_leaf(heap, 0, _gt)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0, _gt)
    return returnitem


def _heapify_max(heap):
    """Maxheap version of a heapify."""
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i, _gt)
