"""The storage layer's fixed error messages, listed for Qt Linguist.

storage/ has no Qt, so its messages are translated where they are shown
(desktop.ui.forms looks them up in the "storage" context). A unit test checks that every
literal ValidationError message of storage/ is listed here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORAGE_MESSAGES = (
    QT_TRANSLATE_NOOP("storage", 'A gig needs a title.'),
    QT_TRANSLATE_NOOP("storage", 'The title is too long (300 characters at most).'),
    QT_TRANSLATE_NOOP("storage", 'The category is too long (120 characters at most).'),
    QT_TRANSLATE_NOOP("storage", 'This platform does not exist any more.'),
    QT_TRANSLATE_NOOP("storage", 'A client needs a name.'),
    QT_TRANSLATE_NOOP("storage", 'The name is too long (200 characters at most).'),
    QT_TRANSLATE_NOOP("storage", 'The handle is too long (200 characters at most).'),
    QT_TRANSLATE_NOOP("storage", 'The fee is in hundredths of a percent: between 0 and 10000 (100 %).'),
    QT_TRANSLATE_NOOP("storage", 'The end cannot be before the start.'),
    QT_TRANSLATE_NOOP("storage", 'The number of demo orders must be zero or more.'),
    QT_TRANSLATE_NOOP("storage", "The demo's date needs a time zone."),
    QT_TRANSLATE_NOOP("storage", 'The demo fills an empty store only: this one already holds orders or clients. Start a new store (atelier demo --replace).'),
    QT_TRANSLATE_NOOP("storage", 'A currency is required (for example EUR, USD, CAD or MAD).'),
    QT_TRANSLATE_NOOP("storage", 'An exchange rate must be a number above zero.'),
    QT_TRANSLATE_NOOP("storage", 'Enter an amount.'),
    QT_TRANSLATE_NOOP("storage", 'The date needs a time zone.'),
    QT_TRANSLATE_NOOP("storage", 'An order needs a title.'),
    QT_TRANSLATE_NOOP("storage", 'The price must be a whole number of cents.'),
    QT_TRANSLATE_NOOP("storage", 'The price cannot be negative.'),
    QT_TRANSLATE_NOOP("storage", 'Revisions used cannot be negative.'),
    QT_TRANSLATE_NOOP("storage", 'Choose a client for this order.'),
    QT_TRANSLATE_NOOP("storage", 'Choose the platform the order came from.'),
    QT_TRANSLATE_NOOP("storage", 'Enter the date the order was received.'),
    QT_TRANSLATE_NOOP("storage", 'The due date cannot be before the order was received.'),
    QT_TRANSLATE_NOOP("storage", 'This field cannot be edited.'),
    QT_TRANSLATE_NOOP("storage", 'A status change cannot happen before the order was received.'),
    QT_TRANSLATE_NOOP("storage", 'This order has payments: delete or detach them first, so income records stay complete.'),
    QT_TRANSLATE_NOOP("storage", 'This package belongs to another gig.'),
    QT_TRANSLATE_NOOP("storage", 'A refund is money paid back: enter it as a negative amount.'),
    QT_TRANSLATE_NOOP("storage", 'An adjustment of zero changes nothing.'),
    QT_TRANSLATE_NOOP("storage", 'The fee cannot be negative.'),
    QT_TRANSLATE_NOOP("storage", 'Enter the date the money was received.'),
    QT_TRANSLATE_NOOP("storage", 'Enter a percentage between 0 and 100.'),
    QT_TRANSLATE_NOOP("storage", 'A percentage is between 0 and 100.'),
    QT_TRANSLATE_NOOP("storage", 'A percentage has at most two decimals (for example 12,25).'),
    QT_TRANSLATE_NOOP("storage", 'Enter a number of days between 0 and 90.'),
    QT_TRANSLATE_NOOP("storage", 'A platform needs a name.'),
    QT_TRANSLATE_NOOP("storage", 'The fixed fee cannot be negative.'),
    QT_TRANSLATE_NOOP("storage", 'This platform no longer exists.'),
    QT_TRANSLATE_NOOP("storage", 'The declaration period is month or quarter.'),
    QT_TRANSLATE_NOOP("storage", 'The pension fund is SSI or CIPAV.'),
    QT_TRANSLATE_NOOP("storage", 'Answer yes or no.'),
    QT_TRANSLATE_NOOP("storage", 'Enter a number of hours between 1 and 720.'),
    QT_TRANSLATE_NOOP("storage", 'The URSSAF declaration is in euros: set the home currency to EUR to use it.'),
    QT_TRANSLATE_NOOP("storage", 'An amount here cannot be negative.'),
)
