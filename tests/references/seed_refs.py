"""The seed's 26 references (/work/shared/seed-case-report.txt), structured by hand.

Shared by the rendering tests. Pages are stored in full ("840-56" -> 840, 856),
as DESIGN says; group authors are kept out of the title.
"""

from editor.domain.references import PersonName, Reference


def people(names: str) -> list[PersonName]:
    """"Kim JS, Han BG" -> two PersonName objects (test shorthand, not a parser)."""
    result = []
    for name in filter(None, (n.strip() for n in names.split(","))):
        family, initials = name.rsplit(" ", 1)
        result.append(PersonName(family=family, initials=initials))
    return result


def journal(n, names, title, container, year, volume, issue=None, first=None, last=None, **extra) -> Reference:
    return Reference(
        id=f"ref-{n}", kind="journal", authors=people(names), title=title, container=container,
        year=year, volume=volume, issue=issue, first_page=first, last_page=last, **extra,
    )


SEED_REFERENCES = [
    journal(1, "Kim JS, Han BG, Choi SO, Cha SK", "Secondary focal segmental glomerulosclerosis: From podocyte injury to glomerulosclerosis", "Bio Med Res Int", 2016, "2016", article_number="1630365"),
    journal(2, "Valerio F, Sottini L, Turina S", "Choosing the right treatment approach in focal and segmental glomerular sclerosis with chronic renal failure", "Giornale Italiano di nefrologia: organo ufficiale della Societa italiana di nefrologia", 2008, "25", None, "S88", "S98", supplement="44", et_al=True),
    journal(3, "Radhakrishnan J, Cattran DC", "The KDIGO practice guideline on glomerulonephritis: reading between the (guide)lines--application to the individual patient", "Kidney International", 2012, "82", "8", "840", "856"),
    journal(4, "Ochi A, Takei T, Nakayama K", "Rituximab treatment for adult patients with focal segmental glomerulosclerosis", "Internal Medicine", 2012, "51", "7", "759", "762", et_al=True),
    journal(5, "Cattran DC", "Cyclosporine in the treatment of idiopathic focal segmental glomerulosclerosis", "Seminars in Nephrology", 2003, "23", "2", "234", "241"),
    journal(6, "Cattran DC, Wang MM, Appel G, Matalon A, Briggs W", "Mycophenolate mofetil in the treatment of focal segmental glomerulosclerosis", "Clin Nephrol", 2004, "62", "6", "405", "411"),
    journal(7, "Crenshaw G, Bigler S, Salem M, Crook ED", "Focal segmental glomerulosclerosis in African Americans: effects of steroids and angiotensin converting enzyme inhibitors", "American J Med Sci", 2000, "319", "5", "320", "325"),
    journal(8, "Stiles KP, Abbott KC, Welch PG, Yuan CM", "Effects of angiotensin-converting enzyme inhibitor and steroid therapy on proteinuria in FSGS: a retrospective study in a single clinic", "Clin Nephrol", 2001, "56", "2", "89", "95"),
    journal(9, "Korbet SM", "Angiotensin antagonists and steroids in the treatment of focal segmental glomerulosclerosis", "Seminars in Nephrology", 2003, "23", "2", "219", "228"),
    journal(10, "Maschio G, Alberti D, Janin G", "Effect of the angiotensin-converting-enzyme inhibitor benazepril on the progression of chronic renal insufficiency", "New Engl J Med", 1996, "334", "15", "939", "945", et_al=True, group_author="The Angiotensin-Converting-Enzyme Inhibition in Progressive Renal Insufficiency Study Group"),
    journal(11, "", "Cyclophosphamide treatment of steroid dependent nephrotic syndrome: comparison of eight week with 12 week course", "Arch Dis Childhood", 1987, "62", "11", "1102", "1106", group_author="Arbeitsgemeinschaft fur Padiatrische Nephrologie"),
    journal(12, "Cattran DC, Appel GB, Hebert LA", "A randomized trial of cyclosporine in patients with steroid-resistant focal segmental glomerulosclerosis", "Kidney International", 1999, "56", "6", "2220", "2226", et_al=True, group_author="North America Nephrotic Syndrome Study Group"),
    journal(13, "Ponticelli C, Edefonti A, Ghio L", "Cyclosporin versus cyclophosphamide for patients with steroid-dependent and frequently relapsing idiopathic nephrotic syndrome: a multicentre randomized controlled trial", "Nephrol Dial Transplant", 1993, "8", "12", "1326", "1332", et_al=True),
    journal(14, "Meyrier A, Noel LH, Auriche P, Callard P", "Long-term renal tolerance of cyclosporin A treatment in adult idiopathic nephrotic syndrome", "Kidney International", 1994, "45", "5", "1446", "1456", group_author="Collaborative Group of the Societe de Nephrologie"),
    journal(15, "Segarra A, Vila J, Pou L", "Combined therapy of tacrolimus and corticosteroids in cyclosporin-resistant or -dependent idiopathic focal glomerulosclerosis: a preliminary uncontrolled study with prospective follow-up", "Nephrol Dial Transplant", 2002, "17", "4", "655", "662", et_al=True),
    journal(16, "Choi MJ, Eustace JA, Gimenez LF", "Mycophenolate mofetil treatment for primary glomerular diseases", "Kidney International", 2002, "61", "3", "1098", "1114", et_al=True),
    journal(17, "Pescovitz MD, Book BK, Sidner RA", "Resolution of recurrent focal segmental glomerulosclerosis proteinuria after rituximab treatment", "New Engl J Med", 2006, "354", "18", "1961", "1963"),
    journal(18, "Ren H, Lin L, Shen P", "Rituximab treatment in adults with refractory minimal change disease or focal segmental glomerulosclerosis", "Oncotarget", 2017, "8", "55", "93438", "93443", et_al=True),
    journal(19, "Marasa M, Cravedi P, Ruggiero B, Ruggenenti P", "Refractory focal segmental glomerulosclerosis in the adult: complete and sustained remissions of two episodes of nephrotic syndrome after a single dose of rituximab", "BMJ Case Rep", 2014, "2014"),
    journal(20, "El-Firjani A, Hoar S, Karpinski J, Bell R, Deschenes MJ, Knoll GA", "Post-transplant focal segmental glomerulosclerosis refractory to plasmapheresis and rituximab therapy", "Nephrol Dial Transplant", 2008, "23", "1", "425"),
    journal(21, "Fernandez-Fresnedo G, Segarra A, Gonzalez E", "Rituximab treatment of adult patients with steroid-resistant focal segmental glomerulosclerosis", "Clin J Am Soc Nephrol: CJASN", 2009, "4", "8", "1317", "1323", et_al=True),
    journal(22, "Wei C, Trachtman H, Li J, Dong C", "Circulating suPAR in two cohorts of primary FSGS", "J Am Soc Nephrol", 2012, "23", "12", "2051", "2059", et_al=True),
    journal(23, "Yoo TH, Pedigo CE, Guzman J", "Sphingomyelinase-like phosphodiesterase 3b expression levels determine podocyte injury phenotypes in glomerular disease", "J Am Soc Nephrol", 2015, "26", "1", "133", "147", et_al=True),
    journal(24, "Ponticelli C", "Recurrence of focal segmental glomerular sclerosis (FSGS) after renal transplantation", "Nephrol Dial Transplant", 2010, "25", "1", "25", "31"),
    journal(25, "Nakayama M, Kamei K, Nozu K", "Rituximab for refractory focal segmental glomerulosclerosis", "Pediatric nephrology", 2008, "23", "3", "481", "485", et_al=True),
    journal(26, "Ahn YH, Kang HG, Lee JM, Choi HJ, Ha IS, Cheong HI", "Development of antirituximab antibodies in children with nephrotic syndrome", "Pediatric Nephrol", 2014, "29", "8", "1461", "1464"),
]
