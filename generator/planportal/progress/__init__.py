"""Progress without a server: forms out, filled forms back in, status on the portal.

    periods      a reporting period (YYYY-MM): parse, label, first and last day
    duties       which units report a task, and the tasks a unit reports or supports
    schedule     序时进度: the reported percentage against the time elapsed to the cut-off
    form_layout  the columns and sheets both form modules share
    blank_form   `planportal progress form`: one XLSX form per unit and period
    filled_form  read a filled form back, every problem with its cell
    store        data/progress/<period>/<unit>.yml: write, compare with what is there
    command      the two CLI commands
    sections     what task, unit and plan pages show of progress
    pages        the progress index and one 督查通报-style page per period
    summary_xlsx the period's XLSX summary

The records themselves are data files like plans (loaded and checked by loader.py and
validate.py); status.recorded() makes them the source of every task's state.
"""
