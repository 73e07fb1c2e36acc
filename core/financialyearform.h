#pragma once

#include "datetokens.h"

// A UK financial year in any of its written forms: "2018/19", "2018-19", "2018/2019",
// "FY18/19", "FY 2018/19". The second year must follow the first. Not "CAB/2019/07", "45/19".
class FinancialYearForm
{
public:
    // One past the last token of the form at token i, with *startYear the year its 1 April
    // falls in; i itself when there is none.
    static qsizetype read(const DateTokens &tokens, qsizetype i, int *startYear);
};
