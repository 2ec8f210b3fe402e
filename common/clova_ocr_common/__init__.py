"""Pure helpers that both the SDK and the mock need, and neither may import from the other.

The layers are one-way (see ``.importlinter``): the SDK imports no mock, the mock imports no
SDK. A fact both sides read the same way lives here once, as functions of plain values with
no dependencies:

- :mod:`.check_digits`: business number, Luhn and ICAO 9303 arithmetic (the SDK's checks
  validate with it, the mock makes up valid numbers and repairs MRZ readings with it);
- :mod:`.rates`: the ``"10/s"`` / ``"600/m"`` rate syntax (the batch's limiter, the mock's
  ``--rate-limit`` and pytest marker).
"""
