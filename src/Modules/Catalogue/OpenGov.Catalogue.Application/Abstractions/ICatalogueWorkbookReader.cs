using OpenGov.BuildingBlocks.Domain;
using OpenGov.Catalogue.Application.Catalogues;

namespace OpenGov.Catalogue.Application.Abstractions;

/// <summary>
/// Reads an uploaded catalogue workbook (the official template, CAT-3). A file that cannot be read as such at all
/// (not xlsx, wrong headers, merged data cells, too many rows, no rows) is a failure; cells it reads but cannot
/// understand are listed per row and column in <see cref="CatalogueWorkbookContent.Problems"/>.
/// </summary>
internal interface ICatalogueWorkbookReader
{
    Result<CatalogueWorkbookContent> Read(Stream workbook);
}
