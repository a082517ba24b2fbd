"""A counter's actions: next (finish + call next), call next, recall, start, finish,
no-show, resume, close; call a chosen ticket, transfer, pause. Only the counter's own
device, with a clerk logged in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.domain import jsonable
from hallq.hall.service import Hall
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import CounterNo
from hallq.hub.permissions import allowed
from hallq.wire import CallBody, ReasonBody, TransferBody

router = APIRouter()
ActingCounter = Annotated[Caller, Depends(allowed("counter.act"))]

CounterCommand = Callable[[Hall, int], tuple[Any, list[dict[str, Any]]]]

# POST /api/counters/{n}/<action>, no body: the hall's command of the same meaning.
ACTIONS: dict[str, CounterCommand] = {
    "call-next": Hall.call_next,
    "next": Hall.next_customer,  # finish the customer at the counter and call the next
    "recall": Hall.recall,
    "start": Hall.start_serving,
    "finish": Hall.finish,
    "no-show": Hall.no_show,
    "resume": Hall.resume,
    "close": Hall.close_counter,
}


def _action_route(name: str, command: CounterCommand) -> None:
    async def endpoint(n: CounterNo, hub: HubDep, c: ActingCounter) -> dict[str, Any]:
        c.need_own_counter(n)
        result, events = await hub.run(command, hub.hall, n)
        return {"result": jsonable(result), "seq": events[-1]["seq"] if events else None}

    endpoint.__name__ = name.replace("-", "_")
    router.post(f"/api/counters/{{n}}/{name}")(endpoint)


for _name, _command in ACTIONS.items():
    _action_route(_name, _command)


@router.post("/api/counters/{n}/call")
async def call_ticket(n: CounterNo, body: CallBody, hub: HubDep,
                      c: ActingCounter) -> dict[str, Any]:
    c.need_own_counter(n)
    t, _ = await hub.run(hub.hall.call_ticket, n, body.ticket_id, body.reason)
    return {"result": jsonable(t)}


@router.post("/api/counters/{n}/transfer")
async def transfer(n: CounterNo, body: TransferBody, hub: HubDep,
                   c: ActingCounter) -> dict[str, Any]:
    c.need_own_counter(n)
    to_service = body.to_service.upper() if body.to_service else None
    t, _ = await hub.run(hub.hall.transfer, n, to_service, body.to_counter, body.note)
    return {"result": jsonable(t)}


@router.post("/api/counters/{n}/pause")
async def pause(n: CounterNo, body: ReasonBody, hub: HubDep, c: ActingCounter) -> dict[str, Any]:
    c.need_own_counter(n)
    st, _ = await hub.run(hub.hall.pause, n, body.reason)
    return {"result": jsonable(st)}
