import type { PhaseImage } from '@common/domain/workshop/schema'
import { useWorkshopImage } from '../../lib/useWorkshopImage'

/** A phase's picture scaled to fit its space; its description stands in while it cannot be shown. */
export function PhasePicture({ image }: { image: PhaseImage }) {
  const src = useWorkshopImage(image.ref)
  return (
    <figure className={`room-picture room-picture-${image.placement}`}>
      {src === null ? (
        <p className="room-picture-missing">{image.alt}</p>
      ) : (
        <img src={src} alt={image.alt} />
      )}
    </figure>
  )
}
