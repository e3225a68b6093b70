"""Finger scrolling for every list and long page: kinetic flicks (QScroller), with taps passed
to the buttons and fields inside at once."""

from __future__ import annotations

from PySide6.QtWidgets import QScroller, QScrollerProperties, QWidget


def flick(viewport: QWidget) -> QScroller:
    """Make `viewport` (a scroll area's or a view's viewport) flick-scrollable by finger.

    The scroller's default holds a press back for a moment to see whether it becomes a flick;
    a quick tap on a button or field inside then gets lost. A press delay of 0 delivers taps
    at once and still turns a drag into a flick.
    """
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    scroller.setScrollerProperties(props)
    return scroller
