// The drill-down: every field of one image, its disk mappings, tags (each can become a filter),
// features and detection options, and the raw JSON. Loaded lazily, beside the list.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DEVICE_FIELD_NOTE, type ImageTag } from '../../ecs/image-types';
import { OwnerBadge, StatusBadge } from '../columns/cell-parts';
import { IMAGE_COLUMNS } from '../columns/image-columns';
import { imageRowKey, type ImageRow } from '../columns/image-row';
import type { OpenImage } from '../images/use-open-image';
import { smallButtonClass } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { formatDuration } from '../ui/format';
import type { ImageRef } from '../view-state/view-state';
import { Facts, MiniTable, Section } from './detail-parts';

const OVERVIEW_COLUMNS = IMAGE_COLUMNS.filter((c) => c.inOverview);

function ImageDetails({ row, onAddTag }: { row: ImageRow; onAddTag: (tag: ImageTag) => string }) {
  const image = row.image;
  const [tagMessage, setTagMessage] = useState('');
  const disks = image.DiskDeviceMappings.DiskDeviceMapping;
  const detection = image.DetectionOptions;
  const features = Object.entries(image.Features);
  return (
    <>
      <Section id="detail-overview" title="Overview">
        <Facts
          items={[
            ['Image ID', <span className="font-mono select-all">{image.ImageId}</span>],
            ...OVERVIEW_COLUMNS.map((c): [string, ReactNode] => [c.label, c.render?.(row) ?? c.text(row)]),
            ['Secure boot', image.SecureBootOptions?.SecureBootSupport ?? ''],
          ]}
        />
      </Section>
      <Section id="detail-disks" title={`Disk mappings (${disks.length})`}>
        {disks.length === 0 ? (
          <p className="text-xs text-zinc-500">No disk mappings.</p>
        ) : (
          <MiniTable
            caption="Disk mappings"
            headers={[
              'Device',
              'Type',
              'Size (GiB)',
              'SnapshotId',
              'Format',
              'ImportOSSBucket',
              'ImportOSSObject',
              'Progress',
              'RemainTime',
              'Encrypted',
            ]}
            rows={disks.map((d) => [
              <span className="font-mono">{d.Device}</span>,
              d.Type,
              d.Size,
              <span className="font-mono">{d.SnapshotId}</span>,
              d.Format,
              d.ImportOSSBucket,
              d.ImportOSSObject,
              d.Progress,
              d.RemainTime === undefined ? '' : formatDuration(d.RemainTime),
              d.Encrypted === undefined ? '' : String(d.Encrypted),
            ])}
          />
        )}
        {disks.some((d) => d.Device) && <p className="mt-1 text-xs text-zinc-500">{DEVICE_FIELD_NOTE}</p>}
      </Section>
      <Section id="detail-tags" title={`Tags (${image.Tags.Tag.length})`}>
        {image.Tags.Tag.length === 0 ? (
          <p className="text-xs text-zinc-500">No tags.</p>
        ) : (
          <>
            <MiniTable
              caption="Tags"
              headers={['Key', 'Value', 'Filter']}
              rows={image.Tags.Tag.map((tag) => [
                tag.TagKey,
                tag.TagValue,
                <button
                  type="button"
                  className={smallButtonClass}
                  aria-label={`Filter by tag ${tag.TagKey}=${tag.TagValue}`}
                  onClick={() => setTagMessage(onAddTag(tag))}
                >
                  Add as filter
                </button>,
              ])}
            />
            <p role="status" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {tagMessage}
            </p>
          </>
        )}
      </Section>
      <Section id="detail-features" title="Features">
        {features.length === 0 ? (
          <p className="text-xs text-zinc-500">No features reported.</p>
        ) : (
          <Facts items={features.map(([k, v]) => [k, v ?? ''])} />
        )}
      </Section>
      <Section id="detail-detection" title="Detection options">
        <Facts items={[['Status', detection.Status ?? '']]} />
        {(detection.Items?.Item.length ?? 0) > 0 && (
          <div className="mt-2">
            <MiniTable
              caption="Detection items"
              headers={['Name', 'RiskCode', 'RiskLevel', 'Value']}
              rows={detection.Items!.Item.map((i) => [i.Name, i.RiskCode, i.RiskLevel, i.Value])}
            />
          </div>
        )}
      </Section>
      <Section
        id="detail-json"
        title="Raw JSON"
        actions={
          <span className="flex items-center gap-2">
            <CopyButton
              label="Copy JSON"
              text={() => JSON.stringify(image, null, 2)}
              copied="Copied."
              blocked="Copying is blocked; select the text instead."
              className={smallButtonClass}
              statusClassName="text-xs text-zinc-500"
              statusFirst
            />
          </span>
        }
      >
        <div
          role="region"
          tabIndex={0}
          aria-label="The image as DescribeImages returned it"
          className="max-h-96 overflow-auto rounded bg-zinc-100 p-2 dark:bg-zinc-900"
        >
          <pre className="font-mono text-xs">{JSON.stringify(image, null, 2)}</pre>
        </div>
      </Section>
    </>
  );
}

export default function ImageDetailPanel(props: {
  imageRef: ImageRef;
  lookup: OpenImage;
  onClose: () => void;
  onAddTag: (tag: ImageTag) => string;
}) {
  const { imageRef, lookup, onClose, onAddTag } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refKey = imageRowKey(imageRef.regionId, imageRef.imageId, imageRef.account);
  useEffect(() => {
    headingRef.current?.focus();
  }, [refKey]);

  const row = lookup.state === 'found' ? lookup.row : undefined;
  return (
    <aside
      aria-labelledby="detail-title"
      className="flex w-[30rem] max-w-[50%] shrink-0 flex-col overflow-auto border-l border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="sticky top-0 z-10 flex items-start gap-2 bg-white px-4 py-3 dark:bg-zinc-950">
        <div className="min-w-0 flex-1">
          <h2
            id="detail-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-base font-semibold break-words focus:outline-none"
          >
            {row?.image.ImageName || imageRef.imageId}
          </h2>
          <p className="font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">
            {imageRef.account !== undefined && `${imageRef.account} · `}
            {imageRef.regionId} / {imageRef.imageId}
          </p>
          {row && (
            <p className="mt-1 flex gap-1.5">
              <StatusBadge status={row.image.Status} progress={row.image.Progress} />
              <OwnerBadge alias={row.image.ImageOwnerAlias} isPublic={row.image.IsPublic} />
            </p>
          )}
        </div>
        <button
          type="button"
          className={smallButtonClass}
          onClick={onClose}
          aria-label="Close image details"
          title="Close (Escape)"
        >
          Close
        </button>
      </div>
      {lookup.state === 'loading' && (
        <p role="status" className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">
          This image is not among the loaded rows; looking it up in {imageRef.regionId}…
        </p>
      )}
      {lookup.state === 'not-found' && (
        <p role="status" className="px-4 py-3 text-sm">
          No image <code className="font-mono">{imageRef.imageId}</code> was found in {imageRef.regionId}, in
          any status, for the default owners, marketplace or community. Check the region and the ID.
        </p>
      )}
      {lookup.state === 'error' && (
        <p role="alert" className="px-4 py-3 text-sm text-red-700 dark:text-red-300">
          Could not look the image up: {lookup.message}
        </p>
      )}
      {row && <ImageDetails row={row} onAddTag={onAddTag} />}
    </aside>
  );
}
