"""The one encoder and decoder of what crosses the wire between the hub and its clients:
command bodies (declared once, validated by the hub, built by the client; bodies), the
hall's set-up schemas (setup), tickets, hall info and events as JSON, the event stream's
messages and replies (values).

Qt-free and peewee-free: the hub and `ui/client.py` both import it, as `hallq.wire`.
"""

from hallq.domain import jsonable as jsonable  # the domain's encoder is the wire's
from hallq.wire.bodies import (
    AckBody as AckBody,
)
from hallq.wire.bodies import (
    Body as Body,
)
from hallq.wire.bodies import (
    BookBody as BookBody,
)
from hallq.wire.bodies import (
    CallBody as CallBody,
)
from hallq.wire.bodies import (
    CaseCheckInBody as CaseCheckInBody,
)
from hallq.wire.bodies import (
    CaseOwnerBody as CaseOwnerBody,
)
from hallq.wire.bodies import (
    CaseStatusBody as CaseStatusBody,
)
from hallq.wire.bodies import (
    CheckInBody as CheckInBody,
)
from hallq.wire.bodies import (
    ComplaintBody as ComplaintBody,
)
from hallq.wire.bodies import (
    ComplaintCauseBody as ComplaintCauseBody,
)
from hallq.wire.bodies import (
    ComplaintCloseBody as ComplaintCloseBody,
)
from hallq.wire.bodies import (
    ComplaintOwnerBody as ComplaintOwnerBody,
)
from hallq.wire.bodies import (
    FaultBody as FaultBody,
)
from hallq.wire.bodies import (
    IssueBody as IssueBody,
)
from hallq.wire.bodies import (
    Language as Language,
)
from hallq.wire.bodies import (
    LoginBody as LoginBody,
)
from hallq.wire.bodies import (
    Malformed as Malformed,
)
from hallq.wire.bodies import (
    MoveBody as MoveBody,
)
from hallq.wire.bodies import (
    NoteBody as NoteBody,
)
from hallq.wire.bodies import (
    NoticeBody as NoticeBody,
)
from hallq.wire.bodies import (
    OpenCaseBody as OpenCaseBody,
)
from hallq.wire.bodies import (
    RateBody as RateBody,
)
from hallq.wire.bodies import (
    ReasonBody as ReasonBody,
)
from hallq.wire.bodies import (
    TransferBody as TransferBody,
)
from hallq.wire.bodies import (
    UnlockBody as UnlockBody,
)
from hallq.wire.bodies import (
    encode as encode,
)
from hallq.wire.bodies import (
    malformed_message as malformed_message,
)
from hallq.wire.setup import (
    SETUP_CODES as SETUP_CODES,
)
from hallq.wire.setup import (
    AppointmentPlanSetup as AppointmentPlanSetup,
)
from hallq.wire.setup import (
    CaseTypeSetup as CaseTypeSetup,
)
from hallq.wire.setup import (
    ClockTime as ClockTime,
)
from hallq.wire.setup import (
    ComplaintCauseSetup as ComplaintCauseSetup,
)
from hallq.wire.setup import (
    ComplaintCausesSetup as ComplaintCausesSetup,
)
from hallq.wire.setup import (
    CounterSetup as CounterSetup,
)
from hallq.wire.setup import (
    DeviceBody as DeviceBody,
)
from hallq.wire.setup import (
    DeviceSetup as DeviceSetup,
)
from hallq.wire.setup import (
    HallSetup as HallSetup,
)
from hallq.wire.setup import (
    IsoDay as IsoDay,
)
from hallq.wire.setup import (
    Key as Key,
)
from hallq.wire.setup import (
    MessagingSetup as MessagingSetup,
)
from hallq.wire.setup import (
    Prefix as Prefix,
)
from hallq.wire.setup import (
    RatingChoiceSetup as RatingChoiceSetup,
)
from hallq.wire.setup import (
    SatisfactionIndexSetup as SatisfactionIndexSetup,
)
from hallq.wire.setup import (
    SatisfactionIndicesSetup as SatisfactionIndicesSetup,
)
from hallq.wire.setup import (
    ServiceSetup as ServiceSetup,
)
from hallq.wire.setup import (
    Setup as Setup,
)
from hallq.wire.setup import (
    StaffSetup as StaffSetup,
)
from hallq.wire.setup import (
    check_setup as check_setup,
)
from hallq.wire.setup import (
    malformed_field as malformed_field,
)
from hallq.wire.setup import (
    plain_text as plain_text,
)
from hallq.wire.values import (
    REFUSALS as REFUSALS,
)
from hallq.wire.values import (
    event_json as event_json,
)
from hallq.wire.values import (
    hall_info_from as hall_info_from,
)
from hallq.wire.values import (
    last_sync_success as last_sync_success,
)
from hallq.wire.values import (
    refusal as refusal,
)
from hallq.wire.values import (
    reply_from as reply_from,
)
from hallq.wire.values import (
    report_reply as report_reply,
)
from hallq.wire.values import (
    row_event_json as row_event_json,
)
from hallq.wire.values import (
    stream_message as stream_message,
)
from hallq.wire.values import (
    ticket_from_json as ticket_from_json,
)
